using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.DevHost;

/// <summary>
/// One process that <c>./graph up</c> starts: a subgraph, the gateway or the storefront.
/// <c>{Postgres}</c>, <c>{Redis}</c>, <c>{Kafka}</c> and <c>{Root}</c> in arguments and environment
/// values are replaced with the running infrastructure's addresses.
/// </summary>
public sealed record ServiceDefinition(
    string Name,
    string Url,
    string Command,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string>? Environment);

public static class ServiceManifest
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<ServiceDefinition> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Service manifest {path} does not exist.", path);
        }

        var services = JsonSerializer.Deserialize<List<ServiceDefinition>>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no service list.");
        var duplicate = services.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{path} names the service '{duplicate.Key}' twice.");
        }

        return services;
    }
}
