using Graph.Messaging.Kafka;

namespace Graph.DevHost;

/// <summary>Starts the embedded Kafka and the services, prints where everything is, stops it all.</summary>
public sealed class DevHostRunner(DevHostOptions options, TextWriter output)
{
    /// <summary>The service whose URL is printed last as the one to open.</summary>
    public const string GatewayName = "gateway";

    public async Task<int> RunAsync(CancellationToken stop)
    {
        var services = ServiceManifest.Load(options.Manifest);
        using var embeddedKafka = options.KafkaBootstrapServers is null ? EmbeddedKafkaCluster.Start(brokerCount: 3) : null;
        var kafka = options.KafkaBootstrapServers ?? embeddedKafka!.BootstrapServers;

        var placeholders = new Dictionary<string, string>
        {
            ["Root"] = options.Root,
            ["Postgres"] = options.Postgres ?? string.Empty,
            ["Redis"] = options.Redis ?? string.Empty,
            ["Kafka"] = kafka,
        };

        var running = new List<SupervisedProcess>();
        try
        {
            foreach (var service in services)
            {
                running.Add(SupervisedProcess.Start(service, placeholders, options.Root, output));
            }

            PrintAddresses(services, kafka, embedded: embeddedKafka is not null);
            var anyExited = running.Count == 0 ? Task.Delay(Timeout.Infinite, stop) : Task.WhenAny(running.Select(p => p.Exited));
            await Task.WhenAny(anyExited, Task.Delay(Timeout.Infinite, stop)).ConfigureAwait(false);
            if (!stop.IsCancellationRequested)
            {
                output.WriteLine("A service exited; stopping everything.");
                return 1;
            }

            output.WriteLine("Stopping.");
            return 0;
        }
        finally
        {
            // Reverse order: the gateway goes before the subgraphs it calls.
            for (var i = running.Count - 1; i >= 0; i--)
            {
                await running[i].DisposeAsync();
            }
        }
    }

    private void PrintAddresses(IReadOnlyList<ServiceDefinition> services, string kafka, bool embedded)
    {
        output.WriteLine("Graph is up:");
        if (options.Postgres is not null)
        {
            output.WriteLine($"  PostgreSQL   {options.Postgres}");
        }

        if (options.Redis is not null)
        {
            output.WriteLine($"  Redis        {options.Redis}");
        }

        output.WriteLine($"  Kafka        {kafka}{(embedded ? "  (embedded mock cluster, 3 brokers, in memory)" : string.Empty)}");
        foreach (var service in services)
        {
            output.WriteLine($"  {service.Name,-12} {service.Url}");
        }

        if (services.Count == 0)
        {
            output.WriteLine("  (no services yet: tools/Graph.DevHost/services.json lists none)");
        }

        output.WriteLine("Press Ctrl-C to stop.");

        // The one address to open, last so it is what the terminal shows: the gateway serves every subgraph.
        if (services.FirstOrDefault(s => s.Name.Equals(GatewayName, StringComparison.OrdinalIgnoreCase)) is { } gateway)
        {
            output.WriteLine($"Open {gateway.Url} (the gateway: the whole graph at one URL; a browser gets the IDE)");
        }

        output.Flush();
    }
}
