using Graph.Messaging;
using Graph.ServiceDefaults.Caching;

namespace Graph.Catalog.Events;

/// <summary>
/// Published on <c>catalog.changed</c> (contract <c>catalog.changed.v1</c>) by every catalog mutation, through the
/// outbox in the transaction of the change. <see cref="Tags"/> name every entity whose cached view changed
/// (<c>Product:&lt;id&gt;</c>, <c>Category:&lt;id&gt;</c>, <c>Coupon:&lt;id&gt;</c>); consumers evict them (the seeds'
/// decentralized caching), this service included.
/// </summary>
public sealed record CatalogChanged(string Change, IReadOnlyList<string> Tags) : IntegrationEvent, IEntitiesChanged
{
    public override string GetAggregateId() => Tags.Count > 0 ? Tags[0] : "catalog";
}
