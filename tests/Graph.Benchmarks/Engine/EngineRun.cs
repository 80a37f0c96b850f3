namespace Graph.Benchmarks.Engine;

/// <summary>Everything one <c>./graph bench engine</c> run measured, for <see cref="EngineReport"/>.</summary>
internal sealed record EngineRun(
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string LoadBefore,
    string LoadAfter,
    int JsSamples,
    int JsSampleMilliseconds,
    IReadOnlyDictionary<string, OurMeasurement> Ours,
    GraphQLJsResults GraphQLJs,
    bool GraphQLJsResponseIdentical,
    int ResponseBytes,
    long SdlBytes,
    long QueryBytes);
