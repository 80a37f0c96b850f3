using FluentAssertions;
using Graph.Language;
using Graph.Types;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Execution.Tests.Validation;

/// <summary>
/// Differential test against graphql-js 17.1.0: every hand-written case and a few thousand generated mutations of
/// them are validated by our <c>DocumentValidator</c> and by graphql-js's <c>validate()</c> (node, run once for the
/// whole corpus); the error count, messages and locations must agree, ignoring order. Cases marked
/// <c>[spec: ...]</c> are where we follow the spec over graphql-js; generated documents that hit one of those
/// documented differences are counted separately (see <see cref="KnownDifference"/>).
/// </summary>
public sealed class GraphqlJsDifferentialValidationTests(ITestOutputHelper output)
{
    private const int GeneratedDocuments = 6000;

    [Fact]
    public void Validation_Should_Agree_With_GraphqlJs_On_The_Corpus()
    {
        var corpus = BuildCorpus();
        var answers = GraphqlJsOracle.Validate(corpus.Select(c => (ValidationHarness.SchemaSdl(c.Schema), c.Document)).ToList());

        int compared = 0, agreed = 0, syntax = 0;
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        for (var i = 0; i < corpus.Count; i++)
        {
            var (name, schemaFile, document, spec) = corpus[i];
            var ours = Ours(ValidationHarness.Schema(schemaFile), document);
            if (answers[i].SyntaxError is not null || ours is null)
            {
                syntax++;
                (answers[i].SyntaxError is null == (ours is null)).Should().BeFalse($"both parsers must agree on syntax: {name}\n{document}");
                continue;
            }

            compared++;
            var theirs = answers[i].Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList();
            var mine = ours.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList();
            if (theirs.SequenceEqual(mine))
            {
                agreed++;
            }
            else if ((spec is not null ? "marked [spec] case" : KnownDifference(document, mine, theirs)) is { } reason)
            {
                known[reason] = known.GetValueOrDefault(reason) + 1;
            }
            else
            {
                disagreements.Add($"{name}\n{document}\n  graphql-js: {string.Join("\n              ", theirs)}\n  ours:       {string.Join("\n              ", mine)}");
            }
        }

        output.WriteLine($"corpus {corpus.Count}: {compared} compared, {agreed} identical, {known.Values.Sum()} documented differences, {disagreements.Count} disagreements, {syntax} syntax errors (both parsers)");
        foreach (var (reason, count) in known.OrderByDescending(k => k.Value))
        {
            output.WriteLine($"  {count,5}  {reason}");
        }

        foreach (var disagreement in disagreements.Take(20))
        {
            output.WriteLine(disagreement);
        }

        disagreements.Should().BeEmpty();
    }

    /// <summary>
    /// Where a generated document hits a difference the rules document (spec over graphql-js), the reason; null
    /// otherwise. Each is a deliberate choice, explained on the rule class.
    /// </summary>
    private static string? KnownDifference(string document, IReadOnlyList<string> ours, IReadOnlyList<string> theirs)
    {
        var onlyOurs = ours.Except(theirs).ToList();
        var onlyTheirs = theirs.Except(ours).ToList();
        if (onlyOurs.Concat(onlyTheirs).All(e => e.Contains("must be non-nullable to be used for OneOf Input Object", StringComparison.Ordinal)))
        {
            return "5.8.5: OneOf field positions are non-null even when the OneOf type is wrapped in Non-Null (graphql-js misses it)";
        }

        if (ours.Count > 100 || theirs.Count > 100)
        {
            return "error limit: the first 100 errors depend on the order rules run in";
        }

        if (onlyOurs.Concat(onlyTheirs).All(e => e.Contains("Float cannot represent", StringComparison.Ordinal)))
        {
            return "3.5.2: a Float literal beyond IEEE 754 range is not coercible (graphql-js accepts Infinity)";
        }

        if (onlyOurs.Count == 0 && ours.Any(e => e.Contains("definition is not executable.", StringComparison.Ordinal)))
        {
            return "5.1.1: inside type-system definitions graphql-js also checks directives and type names; we report only that they are not executable";
        }

        if (onlyOurs.Count == 0 && ours.Any(e => e.StartsWith("Unknown directive", StringComparison.Ordinal)))
        {
            return "5.7.1: an unknown directive's arguments have no expected type (graphql-js checks them against the field's arguments)";
        }

        return onlyTheirs.Count == 0 && HasRepeatedInputField(document)
            ? "5.6.1: every value of a repeated input field is checked (graphql-js checks the last one)"
            : null;
    }

    private static bool HasRepeatedInputField(string document)
    {
        var finder = new RepeatedInputFieldFinder();
        Graph.Execution.Validation.DocumentWalker.Walk(Parser.Parse(document), finder);
        return finder.Found;
    }

    private static IReadOnlyList<ExpectedError>? Ours(Schema schema, string document)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }

        return new Graph.Execution.Validation.DocumentValidator().Validate(schema, parsed).Select(ValidationHarness.ToExpected).ToList();
    }

    private static List<(string Name, string Schema, string Document, string? Spec)> BuildCorpus()
    {
        var cases = ValidationCaseFile.LoadAll();
        var corpus = cases.Select(c => (c.ToString(), c.Schema, c.Document, c.SpecOverGraphqlJs)).ToList();
        var schema = ValidationHarness.Schema("SpecSchema.graphql");
        var vocabulary = Vocabulary(schema);
        var seeds = cases.Where(c => c.Schema == "SpecSchema.graphql").ToList();
        var mutator = new DocumentMutator(20240501, vocabulary);
        for (var i = 0; i < GeneratedDocuments; i++)
        {
            var seed = seeds[i % seeds.Count];
            corpus.Add(($"generated #{i} from {seed}", seed.Schema, mutator.Mutate(seed.Document), null));
        }

        return corpus;
    }

    internal static List<string> Vocabulary(Schema schema)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            words.Add(type.Name);
            switch (type)
            {
                case IComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        words.Add(field.Name);
                        words.UnionWith(field.Arguments.Select(a => a.Name));
                    }

                    break;
                case InputObjectType input:
                    words.UnionWith(input.Fields.Select(f => f.Name));
                    break;
                case EnumType enumType:
                    words.UnionWith(enumType.Values.Select(v => v.Name));
                    break;
            }
        }

        words.UnionWith(["__typename", "__schema", "__type", "query", "mutation", "subscription", "fragment", "on"]);
        return words.Order(StringComparer.Ordinal).ToList();
    }

    private sealed class RepeatedInputFieldFinder : Graph.Execution.Validation.IDocumentVisitor
    {
        public bool Found { get; private set; }

        public bool Enter(SyntaxNode node, SyntaxNode? parent)
        {
            if (node is ObjectValueNode obj && obj.Fields.Select(f => f.Name.Value).Distinct(StringComparer.Ordinal).Count() < obj.Fields.Count)
            {
                Found = true;
            }

            return true;
        }

        public void Leave(SyntaxNode node, SyntaxNode? parent)
        {
        }
    }
}
