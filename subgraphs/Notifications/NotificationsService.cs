using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.AspNetCore.Subscriptions;
using Graph.Notifications.Composition;
using Graph.Notifications.Consumers;
using Graph.Notifications.Email;
using Graph.Notifications.Events;
using Graph.Notifications.GraphQL;
using Graph.Notifications.Infrastructure;
using Graph.ServiceDefaults;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Database;
using Graph.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Notifications;

/// <summary>
/// The Notifications subgraph (issue 6, part 4): consumes <c>order.create</c>, <c>order.status</c> and
/// <c>payment.event</c> (and <c>user.deleted</c>, which erases the account's inbox and emails), emails the customer over SMTP through an email outbox with retries (dead letters on
/// <c>notification.dlq</c>), keeps the in-app inbox (<c>User.notifications</c>, <c>notificationReceived</c>) and
/// gives admins <c>deadLetters</c> / <c>replayDeadLetter</c>. Tests build the same application with other configuration.
/// </summary>
public static class NotificationsService
{
    /// <summary>The service name: logs, telemetry, the <c>graph_notifications</c> database, the Kafka source.</summary>
    public const string Name = "notifications";

    /// <summary>
    /// The consumer group of <paramref name="topic"/>: one group per topic, since members of one group that subscribe
    /// to different topics make the group rebalance each time one of them joins.
    /// </summary>
    public static string ConsumerGroup(string topic) => $"{Name}.{topic}";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<NotificationsDb>(Name);
        builder.AddServiceRedis();
        builder.AddServiceKafka()
               .AddEvent<OrderCreatedIntegrationEvent>(OrderCreatedIntegrationEvent.TypeName, OrderCreatedIntegrationEvent.Topic)
               .AddEvent<OrderStatusChangedIntegrationEvent>(OrderStatusChangedIntegrationEvent.TypeName, OrderStatusChangedIntegrationEvent.Topic)
               .AddEvent<PaymentSucceededIntegrationEvent>(PaymentSucceededIntegrationEvent.TypeName, PaymentSucceededIntegrationEvent.Topic)
               .AddEvent<PaymentFailedIntegrationEvent>(PaymentFailedIntegrationEvent.TypeName, PaymentSucceededIntegrationEvent.Topic)
               .AddEvent<PaymentRefundedIntegrationEvent>(PaymentRefundedIntegrationEvent.TypeName, PaymentSucceededIntegrationEvent.Topic)
               .AddEvent<UserDeleted>(UserDeleted.TypeName, UserDeleted.Topic)
               .AddEvent<NotificationDeadLettered>(NotificationDeadLettered.TypeName, NotificationDeadLettered.Topic)
               .AddOutboxRelay<NotificationsDb>()
               .AddConsumer<NotificationsDb>(OrderCreatedIntegrationEvent.Topic, ConsumerGroup(OrderCreatedIntegrationEvent.Topic))
               .AddConsumer<NotificationsDb>(OrderStatusChangedIntegrationEvent.Topic, ConsumerGroup(OrderStatusChangedIntegrationEvent.Topic))
               .AddConsumer<NotificationsDb>(PaymentSucceededIntegrationEvent.Topic, ConsumerGroup(PaymentSucceededIntegrationEvent.Topic))
               .AddConsumer<NotificationsDb>(UserDeleted.Topic, UserDeleted.ConsumerGroup)
               .AddEventHandler<OrderCreatedIntegrationEvent, OrderCreatedHandler>()
               .AddEventHandler<OrderStatusChangedIntegrationEvent, OrderStatusChangedHandler>()
               .AddEventHandler<PaymentSucceededIntegrationEvent, PaymentSucceededHandler>()
               .AddEventHandler<PaymentFailedIntegrationEvent, PaymentFailedHandler>()
               .AddEventHandler<PaymentRefundedIntegrationEvent, PaymentRefundedHandler>()
               .AddEventHandler<UserDeleted, UserDeletedHandler>();

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.SectionName));
        services.Configure<EmailDispatchOptions>(builder.Configuration.GetSection(EmailDispatchOptions.SectionName));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<NotificationRecorder>();
        services.AddSingleton<EmailDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailDispatcher>());
        services.AddSingleton<IAuthorizationHandler, InboxOwnerHandler>();

        services.AddGraphQLServer()
                .AddTypes(typeof(NotificationsService).Assembly)
                .AddMutationErrorUnions(MutationErrorUnions.Unions)
                .AddRedisSubscriptions()
                .AddAuthorization(o => o.AddPolicy(NotificationPolicies.Owner, p => p.AddRequirements(new InboxOwnerRequirement())))
                .AddApolloFederation();

        return builder.BuildSubgraph(configure);
    }
}
