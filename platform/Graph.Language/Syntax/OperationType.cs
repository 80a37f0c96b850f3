namespace Graph.Language;

/// <summary>Spec 2.3: OperationType : one of <c>query</c> <c>mutation</c> <c>subscription</c>.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public static class OperationTypeExtensions
{
    /// <summary>The keyword as written in a document (<c>query</c>, <c>mutation</c>, <c>subscription</c>).</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
