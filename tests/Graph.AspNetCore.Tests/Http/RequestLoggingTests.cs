using System.Collections.Concurrent;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>Structured logs name the operation and the error codes, and never carry variables.</summary>
public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Request_Errors_And_Failed_Fields_Should_Be_Logged_With_The_Operation_Name_But_Not_The_Variables()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await GraphQLTestServer.StartAsync(configureServices: services => services.AddLogging(b => b.AddProvider(logs)));
        using var client = new HttpClient { BaseAddress = server.Address };

        using (await client.SendAsync(HttpRequests.PostJson("""{"query":"query Lookup($id: ID!) { product(id: $id) { nope } }","variables":{"id":"secret-token"}}""")))
        using (await client.SendAsync(HttpRequests.PostJson("""{"query":"query Fragile($n: String) { hello(name: $n) broken }","variables":{"n":"secret-name"}}""")))
        {
        }

        var entries = logs.Entries.Where(e => e.Category.StartsWith("Graph.AspNetCore", StringComparison.Ordinal)).ToList();
        entries.Should().Contain(e => e.Level == LogLevel.Information && e.Message.Contains("Lookup") && e.Message.Contains("FIELD_SELECTIONS"));
        entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("Fragile") && e.Message.Contains("broken") && e.Exception is InvalidOperationException);
        entries.Should().NotContain(e => e.Message.Contains("secret"));
    }

    private sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
    }
}
