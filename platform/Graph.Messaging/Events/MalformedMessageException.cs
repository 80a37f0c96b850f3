namespace Graph.Messaging;

/// <summary>
/// A message that can never be processed as sent (not an envelope, bad data). Like an unknown
/// event type it is parked in the dead-letter topic without retries.
/// </summary>
public sealed class MalformedMessageException : Exception
{
    public MalformedMessageException()
    {
    }

    public MalformedMessageException(string message)
        : base(message)
    {
    }

    public MalformedMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
