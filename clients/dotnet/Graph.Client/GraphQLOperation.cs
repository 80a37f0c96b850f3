namespace Graph.Client;

/// <summary>The kind of an operation; it decides whether a failed request may be sent again.</summary>
public enum GraphQLOperationKind
{
    /// <summary>Read only: retried on transient failures.</summary>
    Query,

    /// <summary>Has side effects: never retried (the first attempt may have run).</summary>
    Mutation,

    /// <summary>A stream of results over graphql-sse.</summary>
    Subscription,
}

/// <summary>A named operation and the GraphQL document that defines it (with the fragments it uses).</summary>
public sealed record GraphQLOperation(string Name, GraphQLOperationKind Kind, string Document);
