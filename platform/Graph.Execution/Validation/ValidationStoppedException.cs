namespace Graph.Execution.Validation;

/// <summary>Stops a validation run early: the error limit was reached or the work budget was spent.</summary>
internal sealed class ValidationStoppedException : Exception
{
    public const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";
    public const string Aborted = "Validation aborted.";

    public ValidationStoppedException(string message)
        : base(message)
    {
    }

    public ValidationStoppedException()
        : base(Aborted)
    {
    }

    public ValidationStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The stable code of the error that reports the stop.</summary>
    public string Code => Message == TooManyErrors ? "VALIDATION_ERROR_LIMIT" : "VALIDATION_ABORTED";
}
