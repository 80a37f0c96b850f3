using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FluentAssertions;
using Graph.AspNetCore.Telemetry;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>Spans (request, parse, validate, execute, resolvers opt-in) continuing <c>traceparent</c>, and the request metrics.</summary>
[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, object Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GraphQLTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    [Fact]
    public async Task A_Request_Should_Trace_Parse_Validate_And_Execute_Under_The_Incoming_Traceparent()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.AddResolverTracing());
        using var client = new HttpClient { BaseAddress = server.Address };
        var traceId = ActivityTraceId.CreateRandom();
        var parentId = ActivitySpanId.CreateRandom();
        using var request = HttpRequests.PostJson("""{"query":"query Greeting { hello }"}""");
        request.Headers.Add("traceparent", $"00-{traceId}-{parentId}-01");

        using var response = await client.SendAsync(request);

        await EventuallyAsync(() => _activities.Any(a => a.TraceId == traceId && a.OperationName == GraphQLTelemetry.RequestActivity));
        var spans = _activities.Where(a => a.TraceId == traceId).ToList();
        var root = spans.Should().ContainSingle(a => a.Source.Name == GraphQLTelemetry.Name && a.OperationName == GraphQLTelemetry.RequestActivity).Subject;
        root.ParentSpanId.Should().Be(parentId);
        root.DisplayName.Should().Be("query Greeting");
        root.GetTagItem(GraphQLTelemetry.OperationTypeTag).Should().Be("query");
        root.GetTagItem(GraphQLTelemetry.OperationNameTag).Should().Be("Greeting");
        root.GetTagItem(GraphQLTelemetry.OutcomeTag).Should().Be("success");
        foreach (var phase in new[] { GraphQLTelemetry.ParseActivity, GraphQLTelemetry.ValidateActivity, GraphQLTelemetry.ExecuteActivity })
        {
            spans.Should().ContainSingle(a => a.OperationName == phase).Which.ParentSpanId.Should().Be(root.SpanId);
        }

        var execute = spans.Single(a => a.OperationName == GraphQLTelemetry.ExecuteActivity);
        spans.Should().ContainSingle(a => a.OperationName == GraphQLTelemetry.ResolveActivity)
            .Which.Should().Match<Activity>(a => a.ParentSpanId == execute.SpanId && (string?)a.GetTagItem(GraphQLTelemetry.FieldCoordinateTag) == "Query.hello");
    }

    [Fact]
    public async Task A_Cached_Document_Should_Skip_Parse_And_Validate_Spans()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        using (await client.SendAsync(HttpRequests.PostJson("""{"query":"{ products { id } }"}""")))
        {
        }

        var traceId = ActivityTraceId.CreateRandom();
        using var request = HttpRequests.PostJson("""{"query":"{ products { id } }"}""");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);

        await EventuallyAsync(() => _activities.Any(a => a.TraceId == traceId && a.OperationName == GraphQLTelemetry.RequestActivity));
        var spans = _activities.Where(a => a.TraceId == traceId).Select(a => a.OperationName).ToList();
        spans.Should().BeEquivalentTo([GraphQLTelemetry.RequestActivity, GraphQLTelemetry.ExecuteActivity]);
        _activities.Single(a => a.TraceId == traceId && a.OperationName == GraphQLTelemetry.RequestActivity)
            .GetTagItem(GraphQLTelemetry.DocumentCachedTag).Should().Be(true);
    }

    [Fact]
    public async Task Requests_Errors_And_Durations_Should_Be_Measured_By_Operation_Type_And_Outcome()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };

        using (await client.SendAsync(HttpRequests.PostJson("""{"query":"mutation { addProduct(name: \"M\", price: 1) { id } }"}""")))
        using (await client.SendAsync(HttpRequests.PostJson("""{"query":"{"}""")))
        using (await client.SendAsync(HttpRequests.PostJson("""{"query":"{ hello broken }"}""")))
        {
        }

        await EventuallyAsync(() => _measurements.Count(m => m.Instrument == GraphQLTelemetry.DurationMetric) >= 3
            && _measurements.Count(m => m.Instrument == GraphQLTelemetry.ErrorsMetric) >= 2);
        var requests = _measurements.Where(m => m.Instrument == GraphQLTelemetry.RequestsMetric).ToList();
        requests.Should().Contain(m => Tag(m, GraphQLTelemetry.OperationTypeTag) == "mutation" && Tag(m, GraphQLTelemetry.OutcomeTag) == "success");
        requests.Should().Contain(m => Tag(m, GraphQLTelemetry.OperationTypeTag) == "unknown" && Tag(m, GraphQLTelemetry.OutcomeTag) == "request_error");
        requests.Should().Contain(m => Tag(m, GraphQLTelemetry.OperationTypeTag) == "query" && Tag(m, GraphQLTelemetry.OutcomeTag) == "field_errors");
        _measurements.Where(m => m.Instrument == GraphQLTelemetry.ErrorsMetric).Should().HaveCountGreaterThanOrEqualTo(2)
            .And.NotContain(m => Tag(m, GraphQLTelemetry.OutcomeTag) == "success");
        _measurements.Where(m => m.Instrument == GraphQLTelemetry.DurationMetric).Should().HaveCountGreaterThanOrEqualTo(3)
            .And.OnlyContain(m => (double)m.Value > 0);
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    /// <summary>The server ends its span and records metrics just after the last response byte, so the client may look first.</summary>
    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 5000; waited += 10)
        {
            await Task.Delay(10);
        }
    }

    private static string? Tag((string Instrument, object Value, Dictionary<string, object?> Tags) measurement, string name) =>
        measurement.Tags.GetValueOrDefault(name) as string;

    private void Record(Instrument instrument, object value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copy[key] = tagValue;
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
