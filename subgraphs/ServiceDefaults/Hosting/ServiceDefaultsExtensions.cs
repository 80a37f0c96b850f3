using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.ServiceDefaults;

/// <summary>What every subgraph calls first: logs, telemetry, health checks, the Bearer scheme, graceful shutdown.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>In-flight requests, consumers and the outbox relay get this long to finish on SIGTERM.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// JSON console logs, OpenTelemetry (exported only when <c>Otel:Endpoint</c> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
    /// set), health checks, the <c>Bearer</c> authentication scheme and a 15 s shutdown timeout, for the service
    /// <paramref name="name"/> (lower case, e.g. <c>catalog</c>).
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Services.AddSingleton(new ServiceInfo(name));
        builder.AddJsonConsoleLogging();
        builder.AddServiceTelemetry(name);
        builder.Services.AddHealthChecks();
        builder.Services.AddServiceAuthentication(builder.Configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        return builder;
    }
}
