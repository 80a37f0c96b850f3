using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Gateway.Forwarding;

/// <summary>
/// The client's address behind a trusted reverse proxy: <c>X-Forwarded-For</c> replaces the connection's remote
/// address when, and only when, the connection comes from one of <see cref="GatewayOptions.TrustedProxies"/>. Without
/// it, every anonymous shopper of the storefront (whose web host forwards <c>/graphql</c>) would share the web host's
/// rate-limit budget. Only the last hop is taken (<c>ForwardLimit = 1</c>): what a client wrote further left is not
/// trusted.
/// </summary>
public static class ForwardedClientAddress
{
    public static WebApplication UseForwardedClientAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        if (app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.TrustedProxies is { Length: > 0 } trusted)
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in trusted)
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    options.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}
