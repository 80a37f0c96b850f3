using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.Catalog.DataLoaders;
using Graph.Catalog.DemoData;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Mutations;
using Graph.Catalog.Reservations;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Database;
using Graph.ServiceDefaults.Errors;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Catalog;

/// <summary>
/// The Catalog subgraph: categories, products, coupons, inventory, festival offers and product search (seeds 000-002).
/// <see cref="Build"/> wires it; tests call it with their own configuration (database, Redis, Kafka, JWKS).
/// </summary>
public static class CatalogService
{
    /// <summary>The service name: logs, telemetry, the <c>graph_catalog</c> database, the Kafka source <c>/catalog</c>.</summary>
    public const string Name = "catalog";

    /// <summary>The topic of <see cref="CatalogChanged"/>.</summary>
    public const string ChangedTopic = "catalog.changed";


    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<CatalogDb>(Name)
               .AddSeeder<CatalogDemoData>()
               .PoolReaderContexts();
        builder.AddServiceRedis();
        builder.AddServiceKafka()
               .AddEvent<CatalogChanged>("catalog.changed.v1", ChangedTopic)
               .AddOutboxRelay<CatalogDb>()
               // The checkout saga (docs/events.md): a group per topic; none of them is catalog.changed, so the
               // eviction below keeps its own group and these handlers never run for CatalogChanged.
               .AddSagaEvents()
               .AddConsumer<CatalogDb>(SagaContracts.OrderCreateTopic, SagaContracts.ConsumerGroup)
               .AddConsumer<CatalogDb>(SagaContracts.PaymentTopic, SagaContracts.PaymentConsumerGroup)
               .AddConsumer<CatalogDb>(SagaContracts.OrderStatusTopic, SagaContracts.OrderStatusConsumerGroup)
               .AddEventHandler<OrderCreated, OrderCreatedHandler>()
               .AddEventHandler<PaymentFailed, PaymentFailedHandler>()
               .AddEventHandler<OrderStatusChanged, OrderStatusHandler>()
               .AddEntityCacheEviction<CatalogChanged, CatalogDb>(ChangedTopic);
        builder.Services.AddScoped<StockReservations>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services
            .AddDataLoader<ProductByIdLoader>()
            .AddDataLoader<ProductBySkuLoader>()
            .AddDataLoader<CategoryByIdLoader>()
            .AddDataLoader<CategoryChildrenLoader>()
            .AddDataLoader<CouponByIdLoader>()
            .AddDataLoader<ProductInventoryLoader>()
            .AddDataLoader<CouponInventoryLoader>()
            .AddDataLoader<ActiveOffersByProductLoader>()
            .AddDataLoader<OfferByIdLoader>();

        builder.Services.AddGraphQLServer()
               .AddTypes(typeof(CatalogService).Assembly)
               .AddMutationErrorUnions(MutationErrorUnions.Unions)
               .AddAuthorization()
               .AddApolloFederation();

        return builder.BuildSubgraph(configure);
    }
}
