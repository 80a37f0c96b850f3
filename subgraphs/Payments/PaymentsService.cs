using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.Execution.DataLoader;
using Graph.Messaging;
using Graph.Payments.Consumers;
using Graph.Payments.Events;
using Graph.Payments.GraphQL;
using Graph.Payments.Infrastructure;
using Graph.Payments.Saga;
using Graph.Payments.Stripe;
using Graph.Payments.Webhooks;
using Graph.ServiceDefaults;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Database;
using Graph.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Payments;

/// <summary>
/// The Payments subgraph: charges orders through Stripe in the checkout saga (docs/events.md), refunds as
/// compensation, takes Stripe's webhooks, and serves <c>Payment</c> and <c>Order.payment</c>. <see cref="Build"/> wires
/// it; tests call it with their own configuration (database, Kafka, JWKS, Stripe base).
/// </summary>
public static class PaymentsService
{
    /// <summary>The service name: logs, telemetry, the <c>graph_payments</c> database, the Kafka source <c>/payments</c>.</summary>
    public const string Name = "payments";

    /// <summary>Environment variable with a Stripe secret key: set, Payments talks to real Stripe.</summary>
    public const string ApiKeyVariable = "STRIPE_API_KEY";

    /// <summary>Environment variable with the Stripe API base (default with a key: <c>https://api.stripe.com</c>).</summary>
    public const string ApiBaseVariable = "STRIPE_API_BASE";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<PaymentsDb>(Name);
        builder.AddServiceRedis();
        builder.AddServiceKafka()
               .AddEvent<OrderCreated>("order.created.v1", Topics.OrderCreate)
               .AddEvent<InventoryReserved>("inventory.reserved.v1", Topics.InventoryEvent)
               .AddEvent<InventoryRejected>("inventory.rejected.v1", Topics.InventoryEvent)
               .AddEvent<InventoryReleased>("inventory.released.v1", Topics.InventoryEvent)
               .AddEvent<OrderStatusChanged>("order.status-changed.v1", Topics.OrderStatus)
               .AddEvent<PaymentSucceeded>("payment.succeeded.v1", Topics.PaymentEvent)
               .AddEvent<PaymentFailed>("payment.failed.v1", Topics.PaymentEvent)
               .AddEvent<PaymentRefunded>("payment.refunded.v1", Topics.PaymentEvent)
               .AddEvent<UserDeleted>("user.deleted.v1", Topics.UserDeleted)
               .AddOutboxRelay<PaymentsDb>()
               .AddConsumer<PaymentsDb>(Topics.OrderCreate, Topics.OrderCreateGroup)
               .AddConsumer<PaymentsDb>(Topics.InventoryEvent, Topics.InventoryGroup)
               .AddConsumer<PaymentsDb>(Topics.OrderStatus, Topics.OrderStatusGroup)
               .AddConsumer<PaymentsDb>(Topics.UserDeleted, Topics.UserDeletedGroup)
               .AddEventHandler<OrderCreated, OrderCreatedHandler>()
               .AddEventHandler<InventoryReserved, InventoryReservedHandler>()
               .AddEventHandler<InventoryRejected, InventoryRejectedHandler>()
               .AddEventHandler<OrderStatusChanged, OrderStatusChangedHandler>()
               .AddEventHandler<UserDeleted, UserDeletedHandler>();

        AddStripe(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<PaymentProcessor>();
        builder.Services.AddSingleton<IAuthorizationHandler, PaymentAccessHandler>();
        builder.Services
            .AddDataLoader<PaymentByIdLoader>()
            .AddDataLoader<PaymentByOrderIdLoader>();

        builder.Services.AddGraphQLServer()
               .AddTypes(typeof(PaymentsService).Assembly)
               .AddMutationErrorUnions([RefundPaymentErrorUnion.Union])
               .AddAuthorization(o => o.AddPolicy(PaymentPolicies.OwnerOrAdmin, p => p.AddRequirements(new PaymentAccessRequirement())))
               .AddApolloFederation();

        return builder.BuildSubgraph(configure, app => app.MapStripeWebhook());
    }

    /// <summary>The <c>Stripe</c> section, then <c>STRIPE_API_KEY</c> / <c>STRIPE_API_BASE</c> (real Stripe) over it.</summary>
    private static void AddStripe(WebApplicationBuilder builder)
    {
        builder.Services.Configure<StripeOptions>(builder.Configuration.GetSection(StripeOptions.SectionName));
        builder.Services.PostConfigure<StripeOptions>(o =>
        {
            if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key)
            {
                o.ApiKey = key;
                o.ApiBase = Environment.GetEnvironmentVariable(ApiBaseVariable) is { Length: > 0 } realBase ? realBase : "https://api.stripe.com";
            }
            else if (Environment.GetEnvironmentVariable(ApiBaseVariable) is { Length: > 0 } apiBase)
            {
                o.ApiBase = apiBase;
            }
        });
        builder.Services.AddHttpClient<StripeClient>();
    }
}
