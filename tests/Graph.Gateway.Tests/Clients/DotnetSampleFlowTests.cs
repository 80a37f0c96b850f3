using FluentAssertions;
using Graph.Client.Sample;
using Graph.Gateway.Tests.EndToEnd;
using Xunit;

namespace Graph.Gateway.Tests.Clients;

/// <summary>
/// The .NET sample (clients/dotnet/samples/Graph.Client.Sample) runs its whole flow through the real gateway with its
/// generated client: signs up, saves an address and a test card, orders, and prints PENDING then PAID from the
/// <c>orderStatusChanged</c> subscription.
/// </summary>
[Collection(GatewaySystemCollection.Name)]
public sealed class DotnetSampleFlowTests(GatewaySystemFixture system)
{
    private readonly GatewayClient _client = new(system);

    [Fact]
    public async Task The_Sample_Should_Sign_Up_Order_And_Print_Pending_Then_Paid()
    {
        var admin = await _client.SignInAsAdminAsync();
        var products = new List<(Guid Id, string Name)>();
        for (var i = 0; i < 3; i++)
        {
            products.Add(await _client.ProductAsync(i));
            await _client.SetOnHandAsync(admin, products[^1].Id, 50);
        }

        // Payments waits for the gate, so the order is PENDING when the subscription starts; the first printed
        // PENDING opens it and the payment goes through.
        system.Charges.Close();
        try
        {
            using var output = new LineWatchingWriter(line =>
            {
                if (line.EndsWith(": PENDING", StringComparison.Ordinal))
                {
                    system.Charges.Open();
                }
            });
            using var http = new HttpClient();
            using var timeout = new CancellationTokenSource(GatewayClient.Wait * 3);
            var flow = OrderFlow.Create(http, system.Gateway.GraphQLEndpoint, output);

            var final = await flow.RunAsync($"dotnet-sample-{Guid.NewGuid():N}@graph.local", "sample-shopper-" + Guid.NewGuid().ToString("N")[..10], timeout.Token);

            final.Should().Be(OrderStatus.Paid, output.ToString());
            var statuses = output.ToString().Split('\n').Where(l => l.StartsWith("Order ", StringComparison.Ordinal) && !l.Contains(" placed", StringComparison.Ordinal))
                .Select(l => l.Trim()[(l.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]).ToList();
            statuses.Should().Equal(["PENDING", "PAID"], output.ToString());
            output.ToString().Should().Contain("Signed up as Sample Shopper").And.Contain("Pays with visa ending in 4242");
        }
        finally
        {
            system.Charges.Open();
        }
    }

    /// <summary>Collects the sample's output and reports each line as it is written.</summary>
    private sealed class LineWatchingWriter(Action<string> onLine) : StringWriter
    {
        public override Task WriteLineAsync(string? value)
        {
            var written = base.WriteLineAsync(value);
            onLine(value ?? "");
            return written;
        }
    }
}
