using Graph.Catalog.Domain;
using Graph.Catalog.Mutations;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Catalog.Offers;

/// <summary>The input of <c>createOffer</c>.</summary>
[GraphQLDescription("A new festival offer: a discount on categories and/or products in a time window.")]
public sealed record CreateOfferInput(
    [GraphQLDescription("The title (1-200 characters).")] string Title,
    [GraphQLDescription("The discount in percent: more than 0, at most 100.")] decimal DiscountPercent,
    [GraphQLDescription("When it starts (inclusive).")] DateTimeOffset StartsAt,
    [GraphQLDescription("When it ends (exclusive); later than `startsAt`.")] DateTimeOffset EndsAt,
    [GraphQLDescription("The description (at most 2000 characters).")] string Description = "",
    [ID] [GraphQLDescription("Categories covered, with their subcategories (at most 100).")] IReadOnlyList<Guid>? CategoryIds = null,
    [ID] [GraphQLDescription("Products covered (at most 100). At least one category or product is required.")] IReadOnlyList<Guid>? ProductIds = null);

/// <summary>The result of <c>createOffer</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `createOffer`.")]
public sealed record CreateOfferPayload(
    [GraphQLDescription("The new offer; null when `errors` is not empty.")] Offer? Offer,
    [property: GraphQLType("[" + MutationErrorUnions.CreateOffer + "!]!")]
    [GraphQLDescription("Why the offer was not created; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The input of <c>updateOffer</c>.</summary>
[GraphQLDescription("Changes to an offer; absent fields keep their value, given lists replace the old ones.")]
public sealed record UpdateOfferInput(
    [ID] [GraphQLDescription("The offer to change.")] Guid Id,
    [GraphQLDescription("A new title.")] string? Title = null,
    [GraphQLDescription("A new discount in percent.")] decimal? DiscountPercent = null,
    [GraphQLDescription("A new start.")] DateTimeOffset? StartsAt = null,
    [GraphQLDescription("A new end.")] DateTimeOffset? EndsAt = null,
    [GraphQLDescription("A new description.")] string? Description = null,
    [ID] [GraphQLDescription("New categories covered.")] IReadOnlyList<Guid>? CategoryIds = null,
    [ID] [GraphQLDescription("New products covered.")] IReadOnlyList<Guid>? ProductIds = null);

/// <summary>The result of <c>updateOffer</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `updateOffer`.")]
public sealed record UpdateOfferPayload(
    [GraphQLDescription("The changed offer; null when `errors` is not empty.")] Offer? Offer,
    [property: GraphQLType("[" + MutationErrorUnions.UpdateOffer + "!]!")]
    [GraphQLDescription("Why the offer was not changed; empty on success.")] IReadOnlyList<IError> Errors);
