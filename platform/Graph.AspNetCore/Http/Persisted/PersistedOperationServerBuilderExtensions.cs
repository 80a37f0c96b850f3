using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Http;

public static class PersistedOperationServerBuilderExtensions
{
    /// <summary>Configures persisted operations directly (a store of your own, e.g. on Redis).</summary>
    public static GraphQLServerBuilder UsePersistedOperations(this GraphQLServerBuilder builder, Action<PersistedOperationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);

        // The executor resolves documentId itself too (ExecutorOptions.DocumentStore), for callers that bypass the transports.
        return builder.ModifyExecutorOptions(options => options with
        {
            DocumentStore = (id, cancellationToken) =>
                options.Services?.GetService<IOptions<PersistedOperationOptions>>()?.Value.Store is { } store
                    ? store.TryGetAsync(id, cancellationToken)
                    : ValueTask.FromResult<string?>(null),
        });
    }

    /// <summary>
    /// Apollo automatic persisted queries: documents sent once with their hash are remembered (up to
    /// <paramref name="capacity"/>, in this process) and can then be sent by hash alone.
    /// </summary>
    public static GraphQLServerBuilder UseAutomaticPersistedOperations(this GraphQLServerBuilder builder, int capacity = 10_000)
    {
        var store = new InMemoryPersistedDocumentStore(capacity);
        return builder.UsePersistedOperations(options =>
        {
            options.Store = store;
            options.AllowAutomaticRegistration = true;
            options.OnlyTrustedDocuments = false;
        });
    }

    /// <summary>
    /// Trusted documents: loads the manifest at <paramref name="manifestPath"/> now (a bad file fails at start-up) and,
    /// unless <paramref name="allowArbitraryOperations"/>, runs only documents from it: by <c>documentId</c>, by
    /// Apollo hash, or as identical text.
    /// </summary>
    public static GraphQLServerBuilder AddTrustedDocuments(this GraphQLServerBuilder builder, string manifestPath, bool allowArbitraryOperations = false) =>
        builder.AddTrustedDocuments(TrustedDocumentManifest.Load(manifestPath), allowArbitraryOperations);

    /// <inheritdoc cref="AddTrustedDocuments(GraphQLServerBuilder, string, bool)"/>
    public static GraphQLServerBuilder AddTrustedDocuments(this GraphQLServerBuilder builder, TrustedDocumentManifest manifest, bool allowArbitraryOperations = false)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return builder.UsePersistedOperations(options =>
        {
            options.Store = manifest;
            options.AllowAutomaticRegistration = false;
            options.OnlyTrustedDocuments = !allowArbitraryOperations;
        });
    }
}
