using Graph.Execution.Coercion;
using Graph.Language;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

/// <summary>
/// A located field error travelling up to the nearest nullable position (spec 6.4.4 "Handling Execution Errors").
/// </summary>
internal sealed class FieldErrorException : Exception
{
    public FieldErrorException(GraphQLError error)
        : base(error.Message) => Error = error;

    public FieldErrorException()
        : this(new GraphQLError("Field error."))
    {
    }

    public FieldErrorException(string message)
        : this(new GraphQLError(message))
    {
    }

    public FieldErrorException(string message, Exception innerException)
        : base(message, innerException) => Error = new GraphQLError(message, exception: innerException);

    public GraphQLError Error { get; }
}

/// <summary>A value that cannot be completed (spec 6.4.3 "Value Completion"); becomes a field error at its path.</summary>
internal sealed class CompletionException : Exception
{
    public CompletionException(string message)
        : base(message)
    {
    }

    public CompletionException()
        : base("The value cannot be completed.")
    {
    }

    public CompletionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Spec 6.4.4 "Handling Execution Errors": locating errors and propagating null.</summary>
internal static class FieldErrors
{
    /// <summary>
    /// graphql-js handleFieldError: at a Non-Null position the error travels up (the parent becomes null); otherwise it is
    /// recorded and the position becomes null.
    /// </summary>
    public static object? Handle(OperationContext context, Exception exception, IType returnType, FieldSelection field, ResultPath path)
    {
        if (exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            throw exception;
        }

        var propagating = exception as FieldErrorException;
        var error = propagating?.Error ?? Locate(context, exception, field, path);
        if (returnType is NonNullType)
        {
            throw propagating ?? new FieldErrorException(error);
        }

        context.AddError(error, path);
        return null;
    }

    private static GraphQLError Locate(OperationContext context, Exception exception, FieldSelection field, ResultPath path)
    {
        var pathList = path.ToList();
        return exception switch
        {
            GraphQLException graphQL => new GraphQLError(graphQL.Message, NodeLocations(field), pathList, graphQL.Extensions.Count > 0 ? graphQL.Extensions : null, graphQL),
            ArgumentCoercionException argument => new GraphQLError(argument.Message, LocationsOf(argument.Node, field), pathList, exception: argument),
            CoercionException { Code: { } code } coercion => new GraphQLError(
                coercion.Message, NodeLocations(field), pathList, new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code }, coercion),
            CompletionException or CoercionException => new GraphQLError(exception.Message, NodeLocations(field), pathList, exception: exception),
            _ => new GraphQLError(
                context.ExposeExceptionMessages ? exception.Message : "Unexpected Execution Error",
                NodeLocations(field), pathList, exception: exception),
        };
    }

    private static IReadOnlyList<Location> LocationsOf(SyntaxNode node, FieldSelection field) =>
        node.Location is { } location ? [location] : NodeLocations(field);

    private static IReadOnlyList<Location> NodeLocations(FieldSelection field)
    {
        if (field.Nodes.Length == 1)
        {
            return field.Node.Location is { } single ? [single] : [];
        }

        var locations = new List<Location>(field.Nodes.Length);
        foreach (var node in field.Nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location);
            }
        }

        return locations;
    }
}
