using Graph.AspNetCore.Subscriptions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.ServiceDefaults.Auth;

public static class ServiceAuthenticationExtensions
{
    /// <summary>
    /// The <c>Bearer</c> scheme as the default, <see cref="ServiceAuthOptions"/> from the <c>Auth</c> section, the key
    /// source (inline <c>Auth:Jwks</c>, else remote <c>Auth:JwksUrl</c>, unless the service registered its own
    /// <see cref="IJsonWebKeySetSource"/>) and the 401 middleware.
    /// </summary>
    public static IServiceCollection AddServiceAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<ServiceAuthOptions>(configuration.GetSection(ServiceAuthOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(RemoteJsonWebKeySetSource.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        services.TryAddSingleton<RemoteJsonWebKeySetSource>();
        services.TryAddSingleton<IJsonWebKeySetSource>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServiceAuthOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.Jwks)
                ? sp.GetRequiredService<RemoteJsonWebKeySetSource>()
                : new InlineJsonWebKeySetSource(options.Jwks);
        });
        services.TryAddSingleton<AccessTokenValidator>();
        // TryAdd: a service's own AddWebSocketConnectionInterceptor, before or after this, wins.
        services.TryAddSingleton<IWebSocketConnectionInterceptor, BearerWebSocketConnectionInterceptor>();
        services.AddAuthentication(BearerAuthenticationDefaults.Scheme)
            .AddScheme<BearerAuthenticationOptions, BearerAuthenticationHandler>(BearerAuthenticationDefaults.Scheme, _ => { });
        services.AddSingleton<IStartupFilter, InvalidAccessTokenStartupFilter>();
        return services;
    }
}
