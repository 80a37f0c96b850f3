using System.Globalization;
using System.Threading.RateLimiting;
using Graph.AspNetCore.Http;
using Graph.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Gateway.RateLimiting;

/// <summary>
/// Requests per client to the GraphQL endpoint (ASP.NET Core's rate limiter, a fixed window per partition): a signed-in
/// caller is partitioned by user id (so one user behind many addresses shares one budget), anyone else by remote address.
/// Over the limit: <c>429</c>, <c>Retry-After</c> in seconds, and a GraphQL error body with code <c>RATE_LIMITED</c>.
/// Health probes and the IDE's static files are not counted.
/// </summary>
public static class GatewayRateLimiting
{
    /// <summary>The <c>extensions.code</c> of a refused request.</summary>
    public const string RateLimitedCode = "RATE_LIMITED";

    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptionsMonitor<GatewayOptions>>().CurrentValue.RateLimit;
                if (!options.Enabled || !IsGraphQLRequest(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    /// <summary>The client a request counts against: <c>user:&lt;id&gt;</c> when signed in, else <c>ip:&lt;address&gt;</c>.</summary>
    public static string PartitionKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.GetUserId() is { } userId
            ? "user:" + userId.ToString("D", CultureInfo.InvariantCulture)
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    // Only the endpoint itself counts; the IDE's assets below it (static/..., icons) are many small GETs per page load.
    private static bool IsGraphQLRequest(PathString path) =>
        path.Equals("/graphql", StringComparison.OrdinalIgnoreCase) || path.Equals("/graphql/", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var accept = AcceptHeader.Negotiate(rejected.HttpContext.Request.Headers.Accept);
        await HttpResponseWriter.WriteErrorAsync(rejected.HttpContext, accept, StatusCodes.Status429TooManyRequests, RateLimitedCode,
            $"Too many requests from this client; retry after {retryAfter} s.", cancellationToken).ConfigureAwait(false);
    }
}
