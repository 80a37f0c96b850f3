using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.Execution.DataLoader;
using Graph.Reviews.Consumers;
using Graph.Reviews.DataLoaders;
using Graph.Reviews.DemoData;
using Graph.Reviews.Errors;
using Graph.Reviews.Events;
using Graph.Reviews.GraphQL;
using Graph.Reviews.Infrastructure;
using Graph.ServiceDefaults;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Database;
using Graph.ServiceDefaults.Errors;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Reviews;

/// <summary>
/// The Reviews subgraph (issue 8 part 1): reviews and ratings on the Catalog's products by the Users' users, helpful
/// votes, rating summaries cached in Redis, and <c>verifiedPurchase</c> from a projection of Orders' events
/// (docs/events.md). <see cref="Build"/> wires it; tests call it with their own configuration.
/// </summary>
public static class ReviewsService
{
    /// <summary>The service name: logs, telemetry, the <c>graph_reviews</c> database, the Kafka source <c>/reviews</c>.</summary>
    public const string Name = "reviews";

    public const string OrderCreateTopic = "order.create";
    public const string OrderStatusTopic = "order.status";
    public const string ReviewChangedTopic = "review.changed";
    public const string UserDeletedTopic = "user.deleted";

    /// <summary>The consumer group of <c>order.create</c> (its inbox rows are keyed by it).</summary>
    public const string OrderCreateConsumerGroup = "reviews-order-create";

    /// <summary>The consumer group of <c>order.status</c>.</summary>
    public const string OrderStatusConsumerGroup = "reviews-order-status";

    /// <summary>The consumer group of <c>user.deleted</c>.</summary>
    public const string UserDeletedConsumerGroup = "reviews-user-deleted";

    /// <summary>Builds the service; <paramref name="configure"/> runs last, before the app is built (tests).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<ReviewsDb>(Name)
               .AddSeeder<ReviewsDemoData>()
               .PoolReaderContexts();
        builder.AddServiceRedis();
        builder.AddServiceKafka()
               .AddEvent<OrderCreated>("order.created.v1", OrderCreateTopic)
               .AddEvent<OrderStatusChanged>("order.status-changed.v1", OrderStatusTopic)
               .AddEvent<ReviewChanged>("review.changed.v1", ReviewChangedTopic)
               .AddEvent<UserDeleted>("user.deleted.v1", UserDeletedTopic)
               .AddOutboxRelay<ReviewsDb>()
               .AddConsumer<ReviewsDb>(OrderCreateTopic, OrderCreateConsumerGroup)
               .AddConsumer<ReviewsDb>(OrderStatusTopic, OrderStatusConsumerGroup)
               .AddConsumer<ReviewsDb>(UserDeletedTopic, UserDeletedConsumerGroup)
               .AddEventHandler<OrderCreated, PurchaseProjectionHandlers>()
               .AddEventHandler<OrderStatusChanged, PurchaseProjectionHandlers>()
               .AddEventHandler<UserDeleted, UserDeletedHandler>()
               .AddEntityCacheEviction<ReviewChanged, ReviewsDb>(ReviewChangedTopic);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ReviewChangeCommitter>();
        builder.Services
            .AddDataLoader<ReviewByIdLoader>()
            .AddDataLoader<RatingSummaryLoader>()
            .AddDataLoader<VerifiedPurchaseLoader>()
            .AddDataLoader<ProductReviewsLoader>()
            .AddDataLoader<AuthorReviewsLoader>();

        builder.Services.AddGraphQLServer()
               .AddTypes(typeof(ReviewsService).Assembly)
               .AddMutationErrorUnions(ReviewErrorUnions.Unions)
               .AddAuthorization()
               .AddApolloFederation();

        return builder.BuildSubgraph(configure);
    }
}
