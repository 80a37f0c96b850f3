namespace Graph.Language.Tests;

/// <summary>One input of the differential corpus, with graphql-js's answer and ours.</summary>
public sealed record DifferentialCase(string Group, string Kind, string Source, GraphQLJsAnswer Js, GraphQLJsAnswer Ours)
{
    public bool Agrees => Js == Ours;
}

/// <summary>
/// Every input compared with graphql-js: the hand-written syntax error cases, kitchen sinks,
/// values, types, coordinates, and a generated set; node runs once for all of them.
/// </summary>
public static class DifferentialCorpus
{
    private static readonly Lazy<IReadOnlyList<DifferentialCase>> LazyCases = new(Build);

    public static IReadOnlyList<DifferentialCase> Cases => LazyCases.Value;

    private static IReadOnlyList<DifferentialCase> Build()
    {
        var inputs = new List<(string Group, string Kind, string Source)>();
        inputs.AddRange(SyntaxErrorCases.All.Select(c => ("syntax-errors", c.Kind, c.Source)));
        inputs.AddRange(SyntaxErrorCases.SpecOverGraphQLJs.Select(c => ("spec-over-graphql-js", c.Kind, c.Source)));
        inputs.AddRange(HandWrittenCorpus.Documents.Select(d => ("hand-written", "document", d)));
        inputs.AddRange(HandWrittenCorpus.Values.Select(v => ("hand-written", "value", v)));
        inputs.AddRange(HandWrittenCorpus.Types.Select(t => ("hand-written", "type", t)));
        inputs.AddRange(HandWrittenCorpus.Coordinates.Select(c => ("hand-written", "coordinate", c)));
        inputs.AddRange(GeneratedCorpus.Create(seed: 20251121, count: 3000).Select(d => ("generated", "document", d)));

        var js = GraphQLJs.Run(inputs.Select(i => (i.Kind, i.Source)).ToArray());
        return inputs
            .Select((input, i) => new DifferentialCase(input.Group, input.Kind, input.Source, js[i], OurAnswer.For(input.Kind, input.Source)))
            .ToArray();
    }
}
