using Graph.Types;

namespace Graph.Notifications.GraphQL;

/// <summary>The Users service's entity, as a stub: this subgraph adds the in-app inbox to it.</summary>
[Key("id")]
[GraphQLDescription("A person with an account (owned by the Users service); this service adds the in-app inbox.")]
public sealed record User([ID, GraphQLDescription("The user's id.")] Guid Id);
