namespace Graph.Messaging;

/// <summary>One consumer host: a topic read by a consumer group into a DbContext with an inbox.</summary>
public sealed record ConsumerRegistration(string Topic, string GroupId, Type DbContextType);
