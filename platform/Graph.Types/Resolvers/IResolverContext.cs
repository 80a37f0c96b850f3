namespace Graph.Types.Resolvers;

/// <summary>
/// What a resolver sees of the field being executed. The executor implements it; the type system only defines
/// its shape so that resolvers can be bound when a schema is built (SDL-first or code-first).
/// </summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ParentType { get; }

    OutputField Field { get; }

    /// <summary>The resolved value of the parent object (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The coerced argument values (spec 6.4.1 CoerceArgumentValues), by argument name.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The request's services (DI scope).</summary>
    IServiceProvider Services { get; }

    /// <summary>Signalled when the request is aborted or times out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The response path of this field (spec 7.1.3 "Path").</summary>
    ResultPath Path { get; }

    /// <summary>Request-scoped state shared by all resolvers of one request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The caller (the HTTP request's user, or the WebSocket <c>connection_init</c> identity); null when anonymous.</summary>
    System.Security.Claims.ClaimsPrincipal? User { get; }

    /// <summary>
    /// Whether this field's selection set selects a field named <paramref name="fieldName"/> (HotChocolate's
    /// <c>IsSelected</c>): directly or through fragments, after <c>@skip</c> and <c>@include</c> (spec 6.3.2
    /// CollectFields), for any object type this field can return. For look-ahead: a connection counts its
    /// <c>totalCount</c> only when it is asked for. False for a leaf field.
    /// </summary>
    bool IsSelected(string fieldName);
}

/// <summary>Helpers over <see cref="IResolverContext"/>.</summary>
public static class ResolverContextExtensions
{
    /// <summary>The argument's coerced value converted to <typeparamref name="T"/>, or default when absent or null.</summary>
    public static T? ArgumentValue<T>(this IResolverContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Arguments.TryGetValue(name, out var value) && value is not null
            ? value is T typed ? typed : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture)
            : default;
    }

    /// <summary>A required service from the request's scope.</summary>
    public static T Service<T>(this IResolverContext context)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T)} is registered.");
    }
}
