using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.AspNetCore.Subscriptions;
using Graph.Orders.Carts;
using Graph.Orders.Catalog;
using Graph.Orders.Consumers;
using Graph.Orders.Domain;
using Graph.Orders.Errors;
using Graph.Orders.Events;
using Graph.Orders.Expiry;
using Graph.Orders.Infrastructure;
using Graph.ServiceDefaults;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Database;
using Graph.ServiceDefaults.Errors;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Orders;

/// <summary>
/// The Orders subgraph: carts, checkout, orders and their status through the checkout saga (issue 6 part 1,
/// docs/events.md). <see cref="Build"/> wires it; tests call it with their own configuration.
/// </summary>
public static class OrdersService
{
    /// <summary>The service name: logs, telemetry, the <c>graph_orders</c> database, the Kafka source <c>/orders</c>.</summary>
    public const string Name = "orders";

    /// <summary>The consumer group of <c>inventory.event</c> (its inbox rows are keyed by it).</summary>
    public const string InventoryConsumerGroup = "orders-inventory";

    /// <summary>The consumer group of <c>payment.event</c>.</summary>
    public const string PaymentConsumerGroup = "orders-payments";

    public const string OrderCreateTopic = "order.create";
    public const string OrderStatusTopic = "order.status";
    public const string InventoryTopic = "inventory.event";
    public const string PaymentTopic = "payment.event";
    public const string UserDeletedTopic = "user.deleted";

    /// <summary>The consumer group of <c>user.deleted</c>.</summary>
    public const string UserDeletedConsumerGroup = "orders-user-deleted";

    /// <summary>Builds the service; <paramref name="configure"/> runs last, before the app is built (tests).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<OrdersDb>(Name);
        builder.AddServiceRedis();
        builder.AddServiceKafka()
               .AddEvent<OrderCreated>("order.created.v1", OrderCreateTopic)
               .AddEvent<OrderStatusChanged>("order.status-changed.v1", OrderStatusTopic)
               .AddEvent<InventoryReserved>("inventory.reserved.v1", InventoryTopic)
               .AddEvent<InventoryRejected>("inventory.rejected.v1", InventoryTopic)
               .AddEvent<InventoryReleased>("inventory.released.v1", InventoryTopic)
               .AddEvent<PaymentSucceeded>("payment.succeeded.v1", PaymentTopic)
               .AddEvent<PaymentFailed>("payment.failed.v1", PaymentTopic)
               .AddEvent<PaymentRefunded>("payment.refunded.v1", PaymentTopic)
               .AddEvent<UserDeleted>("user.deleted.v1", UserDeletedTopic)
               .AddOutboxRelay<OrdersDb>()
               .AddConsumer<OrdersDb>(InventoryTopic, InventoryConsumerGroup)
               .AddConsumer<OrdersDb>(PaymentTopic, PaymentConsumerGroup)
               .AddConsumer<OrdersDb>(UserDeletedTopic, UserDeletedConsumerGroup)
               .AddEventHandler<InventoryRejected, InventoryRejectedHandler>()
               .AddEventHandler<InventoryReserved, InventoryInformationalHandler>()
               .AddEventHandler<InventoryReleased, InventoryInformationalHandler>()
               .AddEventHandler<PaymentSucceeded, PaymentSucceededHandler>()
               .AddEventHandler<PaymentFailed, PaymentFailedHandler>()
               .AddEventHandler<PaymentRefunded, PaymentRefundedHandler>()
               .AddEventHandler<UserDeleted, UserDeletedHandler>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<OrderTransitions>();
        builder.Services.AddScoped<SagaOutcomeApplier>();
        builder.Services.AddScoped<CartStore>();
        builder.Services.AddCatalogClient(builder.Configuration);
        builder.Services.Configure<PendingOrderExpiryOptions>(builder.Configuration.GetSection(PendingOrderExpiryOptions.SectionName));
        builder.Services.AddSingleton<PendingOrderExpiry>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PendingOrderExpiry>());

        builder.Services.AddGraphQLServer()
               .AddTypes(typeof(OrdersService).Assembly)
               .AddMutationErrorUnions(OrderErrorUnions.Unions)
               .AddAuthorization()
               .AddRedisSubscriptions()
               .AddApolloFederation();

        return builder.BuildSubgraph(configure);
    }
}
