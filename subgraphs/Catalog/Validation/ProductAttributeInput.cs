using Graph.Types;

namespace Graph.Catalog.Validation;

/// <summary>A product attribute as given to a mutation.</summary>
[GraphQLDescription("A name/value pair describing a product, e.g. `color: black`.")]
public sealed record ProductAttributeInput(
    [GraphQLDescription("The attribute's name (1-50 characters).")] string Name,
    [GraphQLDescription("The attribute's value (at most 200 characters).")] string Value);
