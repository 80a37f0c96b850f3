using Graph.Catalog.DataLoaders;
using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Offers;

/// <summary>Reading festival offers.</summary>
[QueryType]
public static class OfferQueries
{
    /// <summary>Active offers are few at any time; the list is still bounded so the field cannot grow without limit.</summary>
    private const int MaxActiveOffers = 100;

    [GraphQLDescription("The offer with this id, or null.")]
    public static Task<Offer?> GetOfferByIdAsync([ID] [GraphQLDescription("The offer's id.")] Guid id, OfferByIdLoader offerById, CancellationToken cancellationToken) =>
        offerById.LoadAsync(id, cancellationToken)!;

    [GraphQLDescription("The offers active now, ending soonest first (at most 100).")]
    public static async Task<List<Offer>> GetActiveOffersAsync(IDbContextFactory<CatalogDb> dbFactory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = dbFactory.CreateDbContext();
        return await db.Offers.AsNoTracking()
            .Where(o => o.StartsAt <= now && o.EndsAt > now)
            .OrderBy(o => o.EndsAt).ThenBy(o => o.Id)
            .Take(MaxActiveOffers)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
