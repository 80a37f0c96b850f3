using Graph.Messaging;
using Graph.Notifications.Events;
using Graph.SmtpSink;
using Graph.Testing.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Graph.Notifications.Tests.Support;

/// <summary>
/// The Notifications service on real HTTP with its own PostgreSQL database, Redis and the Kafka mock cluster, sending
/// to an in-process <see cref="SmtpSinkServer"/>; the email outbox polls fast and gives up after three quick attempts.
/// </summary>
public sealed class NotificationsServiceFixture() : ServiceFixture("notifications"), IAsyncLifetime
{
    public const int MaxAttempts = 3;

    /// <summary>How long the tests wait for an asynchronous effect: a deadline for a hung service, not a performance threshold.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private SmtpSinkServer? _sink;

    public SmtpSinkServer Sink => _sink ?? throw new InvalidOperationException("The sink starts in InitializeAsync.");

    public TestTokens Tokens { get; } = new();

    public string AdminToken => Tokens.Create(Guid.NewGuid(), ["admin"]);

    public string CustomerToken(Guid userId) => Tokens.Create(userId, ["customer"]);

    protected override IReadOnlyDictionary<string, string?> Settings => ServiceHost.Settings(Tokens.Settings, new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Sink.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "shop@graph.test",
        ["Smtp:Timeout"] = "00:00:10",
        ["Notifications:Email:PollInterval"] = "00:00:00.100",
        ["Notifications:Email:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Email:InitialBackoff"] = "00:00:00.050",
        ["Notifications:Email:MaxBackoff"] = "00:00:00.200",
    });

    async Task IAsyncLifetime.InitializeAsync()
    {
        _sink = await SmtpSinkServer.StartAsync();
        await InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sink is not null) await _sink.DisposeAsync();
        Tokens.Dispose();
    }

    protected override WebApplication Build(string[] args) => NotificationsService.Build(args);

    /// <summary>Publishes an event to its topic as the producing service would.</summary>
    public Task PublishAsync(IntegrationEvent integrationEvent) =>
        Host.Services.GetRequiredService<IEventPublisher>().PublishAsync(integrationEvent);

    /// <summary>Publishes <c>order.created.v1</c> for a new order of <paramref name="userId"/>; returns the order id.</summary>
    public async Task<Guid> PlaceOrderAsync(Guid userId, string email)
    {
        var orderId = Guid.CreateVersion7();
        await PublishAsync(new OrderCreatedIntegrationEvent(orderId, userId, email, "USD", "25.00"));
        return orderId;
    }

    /// <summary>One value straight from the database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++) command.Parameters.AddWithValue("p" + i, parameters[i]);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The status of the email written for <paramref name="eventId"/>, or null when there is none yet.</summary>
    public async Task<string?> EmailStatusAsync(Guid eventId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM emails WHERE event_id = @p0", connection);
        command.Parameters.AddWithValue("p0", eventId);
        return (string?)await command.ExecuteScalarAsync();
    }

    /// <summary>The messages the sink received for <paramref name="eventId"/> (the <c>X-Graph-Event-Id</c> header).</summary>
    public IReadOnlyList<ReceivedMessage> MessagesFor(Guid eventId) =>
        Sink.Messages.All.Where(m => m.Header("X-Graph-Event-Id") == eventId.ToString()).ToList();

    /// <summary>Waits until the sink received a message for <paramref name="eventId"/>.</summary>
    public async Task<ReceivedMessage> WaitForMessageAsync(Guid eventId)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var all = await Sink.Messages.WaitUntilAsync(
            messages => messages.Any(m => m.Header("X-Graph-Event-Id") == eventId.ToString()), timeout.Token);
        return all.First(m => m.Header("X-Graph-Event-Id") == eventId.ToString());
    }
}

/// <summary>The test classes that share one running Notifications service.</summary>
[CollectionDefinition(Name)]
public sealed class NotificationsServiceCollection : ICollectionFixture<NotificationsServiceFixture>
{
    public const string Name = "Notifications service";
}
