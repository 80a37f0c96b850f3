using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the idempotent producer, <see cref="IEventPublisher"/>, the outbox interceptor and
    /// <see cref="DeadLetterQueue"/>, with <see cref="MessagingOptions"/> from the <c>Kafka</c>
    /// section (or <c>KAFKA_BOOTSTRAP_SERVERS</c>), then <paramref name="configure"/>. Calling it
    /// again returns a builder over the same event map.
    /// </summary>
    public static MessagingBuilder AddKafkaMessaging(this IServiceCollection services, Action<MessagingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var map = services
            .Where(d => d.ServiceType == typeof(IntegrationEventTypeMap) && !d.IsKeyedService)
            .Select(d => d.ImplementationInstance)
            .OfType<IntegrationEventTypeMap>()
            .FirstOrDefault();
        if (map is null)
        {
            map = new IntegrationEventTypeMap();
            services.AddSingleton(map);
            services.AddOptions<MessagingOptions>()
                .Validate(
                    o => !string.IsNullOrWhiteSpace(o.BootstrapServers),
                    $"Kafka bootstrap servers are not configured: set {MessagingOptions.SectionName}:BootstrapServers or {MessagingOptions.BootstrapServersVariable}.")
                .ValidateOnStart();
            services.AddSingleton<IConfigureOptions<MessagingOptions>, MessagingOptionsFromConfiguration>();
            services.TryAddSingleton<KafkaProducer>();
            services.TryAddSingleton<IKafkaProducer>(sp => sp.GetRequiredService<KafkaProducer>());
            services.TryAddSingleton<IEventPublisher, KafkaEventPublisher>();
            services.TryAddSingleton<OutboxSignal>();
            services.TryAddSingleton<OutboxInterceptor>();
            services.TryAddSingleton<DeadLetterQueue>();
        }

        if (configure is not null)
        {
            services.Configure(configure);
        }

        return new MessagingBuilder(services, map);
    }

    // Registered before any code delegate, so code overrides configuration.
    private sealed class MessagingOptionsFromConfiguration(IServiceProvider services) : IConfigureOptions<MessagingOptions>
    {
        public void Configure(MessagingOptions options)
        {
            services.GetService<IConfiguration>()?.GetSection(MessagingOptions.SectionName).Bind(options);
            if (string.IsNullOrWhiteSpace(options.BootstrapServers))
            {
                options.BootstrapServers = Environment.GetEnvironmentVariable(MessagingOptions.BootstrapServersVariable) ?? string.Empty;
            }
        }
    }
}
