using System.Diagnostics;
using System.Text;
using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>
/// 100,000+ mutated documents (deterministic seed) through the parser: the only failure allowed is
/// <see cref="GraphQLSyntaxException"/>, nothing hangs, and whatever parses prints and re-parses.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Mutated_Documents_Should_Only_Raise_Syntax_Errors()
    {
        var seeds = new List<string>
        {
            TestFiles.Read("Corpus/kitchen-sink.graphql"),
            TestFiles.Read("Corpus/schema-kitchen-sink.graphql"),
        };
        seeds.AddRange(GeneratedCorpus.Create(seed: 99, count: 500));
        var mutator = new Mutator(seed: 12345);
        var utf8Seeds = seeds.Select(Encoding.UTF8.GetBytes).ToArray();
        var options = new ParserOptions { MaxTokens = 2_000, MaxDepth = 64 };
        var (parsed, rejected) = (0, 0);

        for (var i = 0; i < 110_000; i++)
        {
            var ok = i % 2 == 0
                ? TryParse(Encoding.UTF8.GetBytes(mutator.Mutate(seeds[i % seeds.Count])), options)
                : TryParse(mutator.MutateBytes(utf8Seeds[i % utf8Seeds.Length]), options);
            (parsed, rejected) = ok ? (parsed + 1, rejected) : (parsed, rejected + 1);
        }

        (parsed + rejected).Should().Be(110_000);
        parsed.Should().BeGreaterThan(1_000);
        rejected.Should().BeGreaterThan(50_000);
    }

    private static bool TryParse(byte[] source, ParserOptions options)
    {
        try
        {
            var document = Parser.Parse(source, options);
            var reparsed = Parser.Parse(SyntaxPrinter.PrintCompact(document), ParserOptions.TypeSystem);
            if (!SyntaxComparer.Instance.Equals(document, reparsed))
            {
                throw new InvalidOperationException("Round trip changed the tree: " + Encoding.UTF8.GetString(source));
            }

            return true;
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }
    }
}
