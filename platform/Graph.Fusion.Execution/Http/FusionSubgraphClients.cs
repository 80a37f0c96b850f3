using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Graph.Fusion.Execution.Http;

/// <summary>
/// The <see cref="IHttpClientFactory"/> clients the engine sends subgraph requests through (named
/// <c>Graph.Fusion.{schema}</c>, <see cref="FusionRequestExecutor"/>), set up for that job: no client timeout (the
/// per-subgraph timeout is Polly's, per attempt), no cookie jar (a subgraph's cookie must never be sent with another
/// caller's fetch; identity travels in the forwarded headers), and none of the factory's per-request log scopes and
/// lines (the engine's spans and metrics cover each fetch; they cost an allocation chain on every fetch). Other
/// configuration of these names (handlers added by the host or tests) applies as before.
/// </summary>
public static class FusionSubgraphClients
{
    /// <summary>The prefix of the clients' names; the source schema's name follows it.</summary>
    public const string NamePrefix = "Graph.Fusion.";

    /// <summary>Registers <see cref="IHttpClientFactory"/> and the settings of every <see cref="NamePrefix"/> client.</summary>
    public static IServiceCollection AddFusionSubgraphClients(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient();
        services.AddSingleton<IConfigureOptions<HttpClientFactoryOptions>>(new SubgraphClientOptions());
        return services;
    }

    /// <summary>Applied to each client whose name starts with <see cref="NamePrefix"/>, whatever the schema.</summary>
    private sealed class SubgraphClientOptions : IConfigureNamedOptions<HttpClientFactoryOptions>
    {
        // The factory's own way of removing its loggers (RemoveAllLoggers) only configures names known up front; the
        // schemas come from the composition, so its configuration action is captured once and applied by prefix.
        private readonly Action<HttpClientFactoryOptions> _removeLoggers = CaptureRemoveAllLoggers();

        public void Configure(string? name, HttpClientFactoryOptions options)
        {
            if (name is null || !name.StartsWith(NamePrefix, StringComparison.Ordinal))
            {
                return;
            }

            _removeLoggers(options);
            options.HttpClientActions.Add(static client => client.Timeout = Timeout.InfiniteTimeSpan);
            options.HttpMessageHandlerBuilderActions.Add(static builder =>
            {
                if (builder.PrimaryHandler is SocketsHttpHandler sockets)
                {
                    sockets.UseCookies = false;
                }
                else if (builder.PrimaryHandler is HttpClientHandler handler)
                {
                    handler.UseCookies = false;
                }
            });
        }

        public void Configure(HttpClientFactoryOptions options) => Configure(Options.DefaultName, options);

        private static Action<HttpClientFactoryOptions> CaptureRemoveAllLoggers()
        {
            var captured = new ServiceCollection();
            new CapturingBuilder(captured).RemoveAllLoggers();
            var actions = captured
                .Select(d => d.ImplementationInstance)
                .OfType<ConfigureNamedOptions<HttpClientFactoryOptions>>()
                .Select(c => c.Action)
                .OfType<Action<HttpClientFactoryOptions>>()
                .ToArray();
            if (actions.Length == 0)
            {
                throw new InvalidOperationException("RemoveAllLoggers registered no options action to apply to the subgraph clients.");
            }

            return options =>
            {
                foreach (var action in actions)
                {
                    action(options);
                }
            };
        }

        private sealed class CapturingBuilder(IServiceCollection services) : IHttpClientBuilder
        {
            public string Name => NamePrefix;

            public IServiceCollection Services => services;
        }
    }
}
