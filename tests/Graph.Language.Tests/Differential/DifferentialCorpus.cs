namespace Graph.Language.Tests;

/// <summary>One input of the differential corpus, with graphql-js's answer and ours.</summary>
public sealed record DifferentialCase(string Group, string Kind, string Source, GraphQLJsAnswer Js, GraphQLJsAnswer Ours)
{
    public bool Agrees => Js == Ours;

    /// <summary>
    /// We reject, following Appendix C, a directive on a directive definition or <c>extend directive</c>,
    /// which graphql-js 17 parses: it then succeeds or fails later in the document than we do.
    /// </summary>
    public bool IsSpecOverGraphQLJs =>
        !Ours.Ok
        && Ours.Message is "Syntax Error: Expected \"on\", found \"@\"." or "Syntax Error: Unexpected Name \"directive\"."
        && (Js.Ok || (Js.Line, Js.Column).CompareTo((Ours.Line, Ours.Column)) > 0);
}

/// <summary>
/// Every input compared with graphql-js: the hand-written syntax error cases, kitchen sinks,
/// values, types, coordinates, and a generated set; node runs once for all of them.
/// </summary>
public static class DifferentialCorpus
{
    private static readonly Lazy<IReadOnlyList<DifferentialCase>> LazyCases = new(Build);

    public static IReadOnlyList<DifferentialCase> Cases => LazyCases.Value;

    /// <summary>3,000 by default; set GRAPH_LANGUAGE_GENERATED_COUNT for a deeper local run.</summary>
    private static int GeneratedCount =>
        int.TryParse(Environment.GetEnvironmentVariable("GRAPH_LANGUAGE_GENERATED_COUNT"), out var count) ? count : 3000;

    private static IReadOnlyList<DifferentialCase> Build()
    {
        var inputs = new List<(string Group, string Kind, string Source)>();
        inputs.AddRange(SyntaxErrorCases.All.Select(c => ("syntax-errors", c.Kind, c.Source)));
        inputs.AddRange(SyntaxErrorCases.SpecOverGraphQLJs.Select(c => ("spec-over-graphql-js", c.Kind, c.Source)));
        inputs.AddRange(HandWrittenCorpus.Documents.Select(d => ("hand-written", "document", d)));
        inputs.AddRange(HandWrittenCorpus.Values.Select(v => ("hand-written", "value", v)));
        inputs.AddRange(HandWrittenCorpus.Types.Select(t => ("hand-written", "type", t)));
        inputs.AddRange(HandWrittenCorpus.Coordinates.Select(c => ("hand-written", "coordinate", c)));
        inputs.AddRange(GeneratedCorpus.Create(seed: 20251121, count: GeneratedCount).Select(d => ("generated", "document", d)));

        var js = GraphQLJs.Run(inputs.Select(i => (i.Kind, i.Source)).ToArray());
        return inputs
            .Select((input, i) => new DifferentialCase(input.Group, input.Kind, input.Source, js[i], OurAnswer.For(input.Kind, input.Source)))
            .ToArray();
    }
}
