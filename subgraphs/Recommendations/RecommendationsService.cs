using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.Execution.DataLoader;
using Graph.Recommendations.Consumers;
using Graph.Recommendations.DataLoaders;
using Graph.Recommendations.DemoData;
using Graph.Recommendations.Events;
using Graph.Recommendations.Infrastructure;
using Graph.Recommendations.Projection;
using Graph.ServiceDefaults;
using Graph.ServiceDefaults.Database;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Recommendations;

/// <summary>
/// The Recommendations subgraph (issue 8 part 2): "customers who bought this also bought", personal recommendations
/// and trending products, from a projection of Orders' and Reviews' events (docs/events.md) in its own PostgreSQL.
/// <see cref="Build"/> wires it; tests call it with their own configuration.
/// </summary>
public static class RecommendationsService
{
    /// <summary>The service name: logs, telemetry, the <c>graph_recommendations</c> database, the Kafka source.</summary>
    public const string Name = "recommendations";

    public const string OrderCreateTopic = "order.create";
    public const string OrderStatusTopic = "order.status";
    public const string ReviewChangedTopic = "review.changed";
    public const string UserDeletedTopic = "user.deleted";

    /// <summary>The consumer group of <c>order.create</c> (its inbox rows are keyed by it).</summary>
    public const string OrderCreateConsumerGroup = "recommendations-order-create";

    /// <summary>The consumer group of <c>order.status</c>.</summary>
    public const string OrderStatusConsumerGroup = "recommendations-order-status";

    /// <summary>The consumer group of <c>review.changed</c>.</summary>
    public const string ReviewChangedConsumerGroup = "recommendations-review-changed";

    /// <summary>The consumer group of <c>user.deleted</c>.</summary>
    public const string UserDeletedConsumerGroup = "recommendations-user-deleted";

    /// <summary>Builds the service; <paramref name="configure"/> runs last, before the app is built (tests).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<RecommendationsDb>(Name)
               .AddSeeder<RecommendationsDemoData>();
        builder.AddServiceKafka()
               .AddEvent<OrderCreated>("order.created.v1", OrderCreateTopic)
               .AddEvent<OrderStatusChanged>("order.status-changed.v1", OrderStatusTopic)
               .AddEvent<ReviewChanged>("review.changed.v1", ReviewChangedTopic)
               .AddEvent<UserDeleted>("user.deleted.v1", UserDeletedTopic)
               .AddConsumer<RecommendationsDb>(OrderCreateTopic, OrderCreateConsumerGroup)
               .AddConsumer<RecommendationsDb>(OrderStatusTopic, OrderStatusConsumerGroup)
               .AddConsumer<RecommendationsDb>(ReviewChangedTopic, ReviewChangedConsumerGroup)
               .AddConsumer<RecommendationsDb>(UserDeletedTopic, UserDeletedConsumerGroup)
               .AddEventHandler<OrderCreated, OrderProjectionHandlers>()
               .AddEventHandler<OrderStatusChanged, OrderProjectionHandlers>()
               .AddEventHandler<ReviewChanged, RatingProjectionHandler>()
               .AddEventHandler<UserDeleted, UserDeletedHandler>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<PurchaseProjection>();
        builder.Services.AddScoped<UserErasure>();
        builder.Services
            .AddDataLoader<ProductRecommendationsLoader>()
            .AddDataLoader<UserRecommendationsLoader>();

        builder.Services.AddGraphQLServer()
               .AddTypes(typeof(RecommendationsService).Assembly)
               .AddAuthorization()
               .AddApolloFederation();

        return builder.BuildSubgraph(configure);
    }
}
