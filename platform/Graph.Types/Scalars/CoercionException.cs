namespace Graph.Types;

/// <summary>
/// A value cannot be coerced by a leaf type (spec 3.5 "Input Coercion" and "Result Coercion").
/// The executor turns it into a request error (input) or an execution error (result) with location and path.
/// </summary>
public sealed class CoercionException : Exception
{
    public CoercionException(string message)
        : base(message)
    {
    }

    public CoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CoercionException()
        : base("The value cannot be coerced.")
    {
    }
}
