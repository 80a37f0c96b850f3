using FluentAssertions;
using Graph.ServiceDefaults.Telemetry;
using Graph.ServiceDefaults.Tests.TestService;
using Graph.Testing.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Hosting;

public sealed class ServiceDefaultsTests
{
    private static WebApplication Build(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("notes");
        return builder.Build();
    }

    [Fact]
    public async Task Shutdown_Should_Wait_Fifteen_Seconds_For_In_Flight_Work()
    {
        await using var app = Build();

        app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.Should().Be(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Logs_Should_Be_Written_As_Json_With_Scopes_And_Utc_Timestamps()
    {
        await using var app = Build();

        app.Services.GetServices<ILoggerProvider>().Should().ContainSingle().Which.Should().BeOfType<ConsoleLoggerProvider>();
        app.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName.Should().Be(ConsoleFormatterNames.Json);
        var json = app.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        json.IncludeScopes.Should().BeTrue();
        json.UseUtcTimestamp.Should().BeTrue();
    }

    [Fact]
    public async Task Without_An_Otlp_Endpoint_Nothing_Should_Be_Exported()
    {
        await using var app = Build();

        app.Services.GetService<TracerProvider>().Should().BeNull();
        app.Services.GetService<MeterProvider>().Should().BeNull();
    }

    [Fact]
    public async Task With_An_Otlp_Endpoint_Traces_And_Metrics_Should_Be_Exported()
    {
        await using var app = Build("--Otel:Endpoint=http://127.0.0.1:4317");

        app.Services.GetService<TracerProvider>().Should().NotBeNull();
        app.Services.GetService<MeterProvider>().Should().NotBeNull();
    }

    [Fact]
    public void The_Standard_Otlp_Variable_Should_Be_The_Fallback_Endpoint()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://collector:4317" })
            .Build();

        ServiceTelemetryExtensions.ResolveEndpoint(configuration).Should().Be(new Uri("http://collector:4317"));
        ServiceTelemetryExtensions.ActivitySources.Should().Contain(["Microsoft.AspNetCore", "System.Net.Http", "Graph.*"]);
    }

    [Fact]
    public async Task A_Request_Should_Be_Exported_As_A_Trace_Of_The_Named_Service()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var database = await MissingDatabase.CreateAsync();
        var host = await ServiceHost.StartAsync(a => NotesService.Build(a), new Dictionary<string, string?>
        {
            ["ConnectionStrings:notes"] = database.ConnectionString,
            ["Otel:Endpoint"] = collector.Endpoint,
        });
        using (var response = await host.PostAsync("query Greeting { hello }"))
        {
            response.Get("hello").GetString().Should().Be("Hello");
        }

        // Stopping disposes the providers, which flushes what is batched.
        await host.DisposeAsync();

        var traces = collector.Calls.Where(c => c.Path.Contains("TraceService/Export", StringComparison.Ordinal)).Select(c => c.Body).ToList();
        traces.Should().NotBeEmpty();
        var all = string.Concat(traces);
        all.Should().Contain(NotesService.Name).And.Contain("Microsoft.AspNetCore").And.Contain("Graph.AspNetCore");
        collector.Calls.Should().Contain(c => c.Path.Contains("MetricsService/Export", StringComparison.Ordinal));
    }
}
