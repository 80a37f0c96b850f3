using FluentAssertions;
using Graph.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Messaging.Tests;

public sealed class MessagingOptionsTests
{
    [Fact]
    public void Options_Should_Come_From_The_Kafka_Section_With_Code_Taking_Precedence()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Kafka:BootstrapServers"] = "broker-1:9092,broker-2:9092",
                ["Kafka:Source"] = "/from-config",
                ["Kafka:Consumer:MaxAttempts"] = "7",
                ["Kafka:Relay:PollInterval"] = "00:00:02",
                ["Kafka:Retention:InboxMessages"] = "60.00:00:00",
            })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddKafkaMessaging(o => o.Source = "/orders");

        var options = services.BuildServiceProvider().GetRequiredService<IOptions<MessagingOptions>>().Value;

        options.BootstrapServers.Should().Be("broker-1:9092,broker-2:9092");
        options.Source.Should().Be("/orders");
        options.Consumer.MaxAttempts.Should().Be(7);
        options.Relay.PollInterval.Should().Be(TimeSpan.FromSeconds(2));
        options.Retention.InboxMessages.Should().Be(TimeSpan.FromDays(60));
        options.Retention.SentOutboxMessages.Should().Be(TimeSpan.FromDays(7), "the default");
    }

    [Fact]
    public void Missing_Bootstrap_Servers_Should_Fail_Naming_Both_Settings()
    {
        var services = new ServiceCollection();
        services.AddKafkaMessaging(o => o.BootstrapServers = string.Empty);

        var act = () => services.BuildServiceProvider().GetRequiredService<IOptions<MessagingOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*Kafka:BootstrapServers or KAFKA_BOOTSTRAP_SERVERS*");
    }

    [Fact]
    public void AddKafkaMessaging_Twice_Should_Share_One_Event_Map()
    {
        var services = new ServiceCollection();
        var first = services.AddKafkaMessaging().AddEvent<OrderCreatedIntegrationEvent>("order.created.v1", "order.create");

        var second = services.AddKafkaMessaging().AddEvent<OrderCancelledIntegrationEvent>("order.cancelled.v1", "order.status");

        second.Map.Should().BeSameAs(first.Map);
        services.Count(d => d.ServiceType == typeof(IntegrationEventTypeMap)).Should().Be(1);
        first.Map.Registrations.Select(r => r.Name).Should().BeEquivalentTo("order.created.v1", "order.cancelled.v1");
    }
}
