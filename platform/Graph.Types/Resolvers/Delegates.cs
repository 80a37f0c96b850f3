namespace Graph.Types.Resolvers;

/// <summary>Produces the value of a field for one parent value (spec 6.4.2 "Value Resolution", ResolveFieldValue).</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>
/// Produces the source stream of a subscription root field (spec 6.2.3.1 "Source Stream", ResolveFieldEventStream).
/// Each event is then passed as the parent value to the field's <see cref="FieldResolver"/>.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>
/// Names the object type of a value returned for an abstract type (spec 6.4.3 "Value Completion", ResolveAbstractType).
/// Returns null when it cannot tell; the executor then raises an execution error.
/// </summary>
public delegate string? TypeResolver(object? value, IResolverContext context, IAbstractType abstractType);
