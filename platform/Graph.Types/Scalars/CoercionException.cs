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

    /// <summary>A coercion error with a stable <c>extensions.code</c> (e.g. <see cref="InvalidIdCode"/>).</summary>
    public CoercionException(string message, string code)
        : base(message)
    {
        Code = code;
    }

    /// <summary>
    /// <c>extensions.code</c> of an <c>ID</c> argument whose text is not what the resolver's parameter holds (a UUID, an
    /// integer): the schema's <c>ID</c> accepts any string, so only the code-first binding can tell.
    /// </summary>
    public const string InvalidIdCode = "INVALID_ID";

    /// <summary>The error's <c>extensions.code</c>, when it has a stable one.</summary>
    public string? Code { get; }
}
