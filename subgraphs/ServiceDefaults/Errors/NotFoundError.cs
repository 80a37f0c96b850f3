using Graph.Types;

namespace Graph.ServiceDefaults.Errors;

/// <summary>The entity a mutation refers to does not exist, or the caller may not see it (the two are not told apart).</summary>
[GraphQLDescription("The entity the mutation refers to does not exist or is not visible to the caller.")]
[Shareable]
public sealed record NotFoundError(
    [GraphQLDescription("The type of the entity, e.g. `Product`.")] string TypeName,
    [GraphQLDescription("The id that was not found.")] string Id) : IError
{
    [GraphQLDescription("Names the type and id that were not found, in English, for people.")]
    public string Message => $"{TypeName} '{Id}' was not found.";

    [GraphQLDescription("Always `NOT_FOUND`.")]
    public string Code => "NOT_FOUND";
}
