using Graph.Client;

namespace Graph.Client.Sample;

/// <summary>
/// The command line: <c>Graph.Client.Sample [--endpoint URL] [--email E] [--password P]</c>. Without an email it signs up
/// a new customer. Exit code 0 when the order was paid, 1 when it ended otherwise or a request failed.
/// </summary>
public static class SampleProgram
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var endpoint = new Uri(Option(args, "--endpoint") ?? "http://127.0.0.1:5000/graphql");
        var email = Option(args, "--email") ?? $"sample-{Guid.NewGuid():N}@graph.local";
        var password = Option(args, "--password") ?? "sample-password-" + Guid.NewGuid().ToString("N")[..12];
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            var flow = OrderFlow.Create(http, endpoint, output);
            var final = await flow.RunAsync(email, password, stop.Token);
            return final == OrderStatus.Paid ? 0 : 1;
        }
        catch (GraphQLClientException failed)
        {
            await error.WriteLineAsync($"The request failed: {failed.Message}");
            return 1;
        }
        catch (HttpRequestException unreachable)
        {
            await error.WriteLineAsync($"{endpoint} is not reachable ({unreachable.Message}); start the product with ./graph up.");
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
