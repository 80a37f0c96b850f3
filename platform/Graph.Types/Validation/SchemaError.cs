using Graph.Language;

namespace Graph.Types;

/// <summary>One way in which a schema is invalid (spec 3), with the source locations involved when known.</summary>
public sealed record SchemaError(string Message, IReadOnlyList<Location> Locations)
{
    public SchemaError(string message, params Location?[] locations)
        : this(message, locations.Where(l => l is not null).Select(l => l!.Value).ToArray())
    {
    }

    public override string ToString() => Locations.Count == 0
        ? Message
        : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the schema is invalid; lists every error found.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<SchemaError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    public SchemaValidationException()
        : this([])
    {
    }

    public SchemaValidationException(string message)
        : this([new SchemaError(message)])
    {
    }

    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaError(message)];
    }

    public IReadOnlyList<SchemaError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<SchemaError> errors) => errors.Count switch
    {
        0 => "The schema is invalid.",
        1 => "The schema is invalid: " + errors[0],
        _ => $"The schema is invalid ({errors.Count} errors):" + string.Concat(errors.Select(e => Environment.NewLine + "- " + e)),
    };
}
