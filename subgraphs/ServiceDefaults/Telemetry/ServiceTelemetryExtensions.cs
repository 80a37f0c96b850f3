using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Graph.ServiceDefaults.Telemetry;

/// <summary>
/// Traces and metrics over OTLP. The instrumentation packages are not available here (PACKAGES.md), but ASP.NET Core,
/// HttpClient and the platform emit activities and meters themselves: listening to their sources is enough.
/// </summary>
public static class ServiceTelemetryExtensions
{
    /// <summary>Configuration key of the OTLP endpoint; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is the fallback.</summary>
    public const string EndpointKey = "Otel:Endpoint";

    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Activity sources traced: the framework's own and every platform source (<c>Graph.AspNetCore</c>, <c>Graph.Messaging</c>, ...).</summary>
    public static readonly IReadOnlyList<string> ActivitySources =
        ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "Graph.*"];

    /// <summary>Meters exported: Kestrel, hosting, routing, HttpClient, the runtime and every platform meter.</summary>
    public static readonly IReadOnlyList<string> Meters =
        ["Microsoft.AspNetCore.*", "System.Net.Http", "System.Runtime", "Npgsql", "Graph.*"];

    /// <summary>The OTLP endpoint, or null when nothing is to be exported.</summary>
    public static Uri? ResolveEndpoint(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[EndpointKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            text = configuration[StandardEndpointVariable];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{EndpointKey} is not an absolute URI: '{text}'.");
    }

    public static WebApplicationBuilder AddServiceTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (ResolveEndpoint(configuration) is null)
        {
            // Nothing configured: no provider at all, so no listener costs and no console noise.
            return builder;
        }

        // OpenTelemetry.Extensions.Hosting does not restore here: the providers are built with the SDK directly,
        // created by a hosted service at start-up and disposed (flushed) by the container at shutdown.
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        builder.Services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource([.. ActivitySources])
            .AddOtlpExporter(o => Configure(o, configuration))
            .Build());
        builder.Services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. Meters])
            .AddOtlpExporter(o => Configure(o, configuration))
            .Build());
        builder.Services.AddHostedService<TelemetryProviders>();
        return builder;
    }

    private static void Configure(OtlpExporterOptions options, IConfiguration configuration)
    {
        // With only OTEL_EXPORTER_OTLP_* set, the exporter reads them itself (protocol, headers, signal paths).
        if (!string.IsNullOrWhiteSpace(configuration[EndpointKey]))
        {
            options.Endpoint = new Uri(configuration[EndpointKey]!, UriKind.Absolute);
            options.Protocol = OtlpExportProtocol.Grpc;
        }
    }

    private sealed class TelemetryProviders(TracerProvider tracer, MeterProvider meter) : Microsoft.Extensions.Hosting.IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult((tracer, meter));

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
