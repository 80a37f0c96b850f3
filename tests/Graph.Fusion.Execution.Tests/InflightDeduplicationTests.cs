using System.Diagnostics.Metrics;
using FluentAssertions;
using Graph.Execution;
using Graph.Fusion.Execution.Tests.Support;
using Graph.Testing.Polling;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

/// <summary>
/// Identical query fetches in flight together share one subgraph request. The products subgraph holds every request at
/// a gate, so the test knows the fetches overlap, and releases it once they have all arrived (or joined).
/// </summary>
public sealed class InflightDeduplicationTests : IAsyncLifetime
{
    private const string Query = "{ topProducts { name } }";
    private ProductGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await ProductGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Identical_Queries_In_Flight_Together_Should_Share_One_Subgraph_Request()
    {
        using var joined = new DeduplicationCounter();
        var gateway = new FusionRequestExecutor(_graph.Schema, new FusionExecutorOptions());
        var gate = _graph.ProductsSubgraph.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var runs = Enumerable.Range(0, 5).Select(_ => RunAsync(gateway)).ToList();
        await Eventually.HoldsAsync(() => joined.Count >= 4 && !_graph.ProductsSubgraph.Requests.IsEmpty, "four fetches to join the first");
        gate.SetResult();
        var results = await Task.WhenAll(runs);

        _graph.ProductsSubgraph.Requests.Should().ContainSingle();
        results.Select(r => r.ToJson()).Distinct().Should().ContainSingle()
            .Which.Should().Be("""{"data":{"topProducts":[{"name":"Table"},{"name":"Chair"},{"name":"Lamp"}]}}""");
    }

    [Fact]
    public async Task Fetches_With_Different_Forwarded_Headers_Should_Each_Send_Their_Own_Request()
    {
        // As the gateway forwards each caller's identity: every fetch here carries a header of its own.
        var caller = 0;
        var gateway = new FusionRequestExecutor(_graph.Schema, new FusionExecutorOptions
        {
            OnSubgraphRequest = (_, request) =>
            {
                request.Headers.Add("X-Forwarded-Test", $"caller-{Interlocked.Increment(ref caller)}");
                return ValueTask.CompletedTask;
            },
        });
        var gate = _graph.ProductsSubgraph.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var runs = Enumerable.Range(0, 3).Select(_ => RunAsync(gateway)).ToList();
        await Eventually.HoldsAsync(() => _graph.ProductsSubgraph.Requests.Count == 3, "three requests at the subgraph");
        gate.SetResult();
        await Task.WhenAll(runs);

        _graph.ProductsSubgraph.Requests.Select(r => r.ForwardedHeader).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_Query_Starting_After_The_Answer_Arrived_Should_Send_Its_Own_Request()
    {
        var gateway = new FusionRequestExecutor(_graph.Schema, new FusionExecutorOptions());

        await RunAsync(gateway);
        await RunAsync(gateway);

        _graph.ProductsSubgraph.Requests.Should().HaveCount(2, "nothing is cached: only requests in flight are shared");
    }

    private static async Task<OperationResult> RunAsync(FusionRequestExecutor gateway) =>
        (await gateway.ExecuteAsync(new OperationRequest { Document = Query })).Should().BeOfType<OperationResult>().Subject;

    /// <summary>Listens to the gateway's <c>graph.gateway.subgraph.deduplicated</c> counter.</summary>
    private sealed class DeduplicationCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public DeduplicationCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "graph.gateway.subgraph.deduplicated")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
