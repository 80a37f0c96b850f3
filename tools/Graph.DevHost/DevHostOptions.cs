namespace Graph.DevHost;

/// <summary>What <c>./graph up</c> hands the host: where things are and what is already running.</summary>
public sealed record DevHostOptions(
    string Root,
    string Manifest,
    string? Postgres,
    string? Redis,
    string? KafkaBootstrapServers)
{
    public static DevHostOptions Parse(string[] args, Func<string, string?> environment)
    {
        string? root = null, manifest = null, postgres = null, redis = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--root": root = value; break;
                case "--manifest": manifest = value; break;
                case "--postgres": postgres = value; break;
                case "--redis": redis = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        root ??= Directory.GetCurrentDirectory();
        manifest ??= Path.Combine(root, "tools", "Graph.DevHost", "services.json");
        var kafka = environment("KAFKA_BOOTSTRAP_SERVERS");
        return new DevHostOptions(root, manifest, postgres, redis, string.IsNullOrWhiteSpace(kafka) ? null : kafka);
    }
}
