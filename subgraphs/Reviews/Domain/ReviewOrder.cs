using Graph.Types;

namespace Graph.Reviews.Domain;

/// <summary>The orderings of <c>Product.reviews</c>; ties are broken newest first, then by id.</summary>
[GraphQLDescription("How a product's reviews are ordered; ties go newest first.")]
public enum ReviewOrder
{
    [GraphQLDescription("Newest first.")]
    Newest,

    [GraphQLDescription("Highest rating first.")]
    Highest,

    [GraphQLDescription("Lowest rating first.")]
    Lowest,

    [GraphQLDescription("Most often marked helpful first.")]
    MostHelpful,
}
