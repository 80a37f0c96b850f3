using Graph.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Graph.Messaging.Tests;

/// <summary>What a test service runs: the relay, a consumer, or both, on one topic.</summary>
public sealed record HostPlan(string BootstrapServers, string ConnectionString, string Topic, string Group)
{
    public bool Relay { get; init; }

    public bool Consumer { get; init; }

    public HandlerProbe Probe { get; init; } = new();

    public ITestOutputHelper? Output { get; init; }

    /// <summary>Collects Graph.Messaging's debug log lines, for assertions on what the consumer decided.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string>? Log { get; init; }

    public Action<IServiceCollection>? Services { get; init; }
}

/// <summary>A generic host wired like a service's Program.cs, with short intervals for tests.</summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MessagingHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<MessagingHost> StartAsync(HostPlan plan)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        if (plan.Output is not null)
        {
            builder.Logging.AddProvider(new TestOutputLoggerProvider(plan.Output));
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        }

        if (plan.Log is not null)
        {
            builder.Logging.AddProvider(new QueueLoggerProvider(plan.Log));
            builder.Logging.AddFilter<QueueLoggerProvider>("Graph.Messaging", LogLevel.Debug);
        }

        builder.Services.AddSingleton(plan.Probe);
        builder.Services.AddDbContext<TestDbContext>((sp, o) => o.UseNpgsql(plan.ConnectionString).UseOutbox(sp));
        var messaging = builder.Services.AddKafkaMessaging(o =>
            {
                o.BootstrapServers = plan.BootstrapServers;
                o.Source = "/tests";
                o.MessageTimeout = TimeSpan.FromSeconds(15);
                o.Relay.PollInterval = TimeSpan.FromMilliseconds(200);
                o.Relay.InitialBackoff = TimeSpan.FromMilliseconds(50);
                o.Relay.MaxBackoff = TimeSpan.FromMilliseconds(500);
                o.Consumer.MaxAttempts = 3;
                o.Consumer.InitialBackoff = TimeSpan.FromMilliseconds(50);
                o.Consumer.MaxBackoff = TimeSpan.FromMilliseconds(400);
                o.Consumer.SessionTimeout = TimeSpan.FromSeconds(6);
            })
            .AddEvent<OrderCreatedIntegrationEvent>("order.created.v1", plan.Topic)
            .AddEvent<OrderCancelledIntegrationEvent>("order.cancelled.v1", plan.Topic)
            .AddEventHandler<OrderCreatedIntegrationEvent, RecordEffectHandler>();
        if (plan.Relay)
        {
            messaging.AddOutboxRelay<TestDbContext>();
        }

        if (plan.Consumer)
        {
            messaging.AddConsumer<TestDbContext>(plan.Topic, plan.Group);
        }

        plan.Services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new MessagingHost(host);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}

internal sealed class QueueLoggerProvider(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new QueueLogger(lines);

    public void Dispose()
    {
    }

    private sealed class QueueLogger(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}

internal sealed class TestOutputLoggerProvider(ITestOutputHelper output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new TestOutputLogger(output, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private sealed class TestOutputLogger(ITestOutputHelper output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " | " + exception.Message)}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; its output is closed.
            }
        }
    }
}
