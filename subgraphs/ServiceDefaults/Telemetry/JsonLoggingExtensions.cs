using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Graph.ServiceDefaults.Telemetry;

/// <summary>One JSON object per log line on stdout, so a collector parses logs without patterns.</summary>
public static class JsonLoggingExtensions
{
    public static WebApplicationBuilder AddJsonConsoleLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }
}
