using Graph.Types.Resolvers;

namespace Graph.Execution.Processing;

/// <summary>
/// What a field middleware sees (HotChocolate's <c>IMiddlewareContext</c>): the resolver context plus the field's
/// <see cref="Result"/>, which the terminal resolver sets and middleware may read or replace.
/// </summary>
public interface IMiddlewareContext : IResolverContext
{
    /// <summary>The field's value so far (the resolver's result once the next delegate has run).</summary>
    object? Result { get; set; }
}

/// <summary>One step of a field's pipeline (spec 6.4.2 ResolveFieldValue, extended with middleware).</summary>
public delegate ValueTask FieldDelegate(IMiddlewareContext context);

/// <summary>Wraps the rest of the pipeline: <c>next => async context => { ...; await next(context); ... }</c>.</summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);

/// <summary>A middleware for every field (<see cref="Coordinate"/> null) or for one field (<c>Type.field</c>).</summary>
public sealed record FieldMiddlewareRegistration(string? Coordinate, FieldMiddleware Middleware);
