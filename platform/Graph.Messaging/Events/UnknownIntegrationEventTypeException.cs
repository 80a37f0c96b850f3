namespace Graph.Messaging;

/// <summary>
/// A message names an event type that this service never registered. It is not transient:
/// consumers park such a message in the dead-letter topic at once instead of retrying it.
/// </summary>
public sealed class UnknownIntegrationEventTypeException : Exception
{
    public UnknownIntegrationEventTypeException(string eventType, IEnumerable<string> knownTypes)
        : base($"Unknown integration event type '{eventType}'. Registered types: {Describe(knownTypes)}.")
    {
        EventType = eventType;
    }

    public UnknownIntegrationEventTypeException()
    {
        EventType = string.Empty;
    }

    public UnknownIntegrationEventTypeException(string message)
        : base(message)
    {
        EventType = string.Empty;
    }

    public UnknownIntegrationEventTypeException(string message, Exception innerException)
        : base(message, innerException)
    {
        EventType = string.Empty;
    }

    public string EventType { get; }

    private static string Describe(IEnumerable<string> knownTypes)
    {
        var names = knownTypes.Order(StringComparer.Ordinal).ToArray();
        return names.Length == 0 ? "(none)" : string.Join(", ", names);
    }
}
