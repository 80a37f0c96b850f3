using FluentAssertions;
using Graph.ServiceDefaults.Telemetry;
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
}
