using System.Security.Cryptography;
using System.Text;
using Graph.Fusion.Execution;
using Microsoft.Extensions.Options;

namespace Graph.Gateway.Composition;

/// <summary>
/// Reads <c>Fusion:ExecutionSchema</c> and <c>Fusion:Manifest</c>, picks each subgraph's URL for
/// <c>Fusion:Environment</c> (or its <c>Fusion:Subgraphs:&lt;name&gt;:Url</c> override) and loads them with
/// <see cref="FusionSchema.Load"/>. Any problem is a <see cref="GatewayCompositionException"/> that says which file and why.
/// </summary>
public sealed class CompositionLoader(IOptionsMonitor<FusionOptions> options, CompositionFiles files, TimeProvider time)
{
    public string ExecutionSchemaPath => files.Resolve(options.CurrentValue.ExecutionSchema);

    public string ManifestPath => files.Resolve(options.CurrentValue.Manifest);

    public GatewayComposition Load()
    {
        var settings = options.CurrentValue;
        var schemaPath = ExecutionSchemaPath;
        var manifestPath = ManifestPath;
        var sdl = Read(schemaPath, "execution schema", "run ./graph compose to write it");
        var manifest = SubgraphManifest.Parse(Read(manifestPath, "subgraph manifest", "it lists every subgraph and its URLs"), manifestPath);
        var urls = manifest.ResolveUrls(settings.Environment, settings.Subgraphs);
        FusionSchema schema;
        try
        {
            schema = FusionSchema.Load(sdl, urls);
        }
        catch (Exception error) when (error is FusionSchemaException or Graph.Language.GraphQLSyntaxException or InvalidOperationException)
        {
            throw new GatewayCompositionException($"The execution schema {schemaPath} cannot be loaded: {error.Message}", error);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sdl)));
        return new GatewayComposition(schema, schemaPath, manifestPath, hash, time.GetUtcNow());
    }

    private static string Read(string path, string what, string hint)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GatewayCompositionException($"The {what} {path} does not exist ({hint}).", error);
        }
        catch (IOException error)
        {
            throw new GatewayCompositionException($"The {what} {path} cannot be read: {error.Message}", error);
        }
    }
}
