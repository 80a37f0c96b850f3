using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>Printed output (indented and compact) re-parses to the same tree (locations aside).</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> KitchenSinks() => new("Corpus/kitchen-sink.graphql", "Corpus/schema-kitchen-sink.graphql");

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public void Indented_Print_Should_Reparse_To_The_Same_Tree(string file)
    {
        var document = Parser.Parse(TestFiles.Read(file));

        var printed = SyntaxPrinter.Print(document);
        var reparsed = Parser.Parse(printed);

        SyntaxComparer.Instance.Equals(document, reparsed).Should().BeTrue(printed);
        SyntaxPrinter.Print(reparsed).Should().Be(printed);
    }

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public void Compact_Print_Should_Reparse_To_The_Same_Tree(string file)
    {
        var document = Parser.Parse(TestFiles.Read(file));

        var compact = SyntaxPrinter.PrintCompact(document);
        var reparsed = Parser.Parse(compact);

        SyntaxComparer.Instance.Equals(document, reparsed).Should().BeTrue(compact);
        SyntaxPrinter.PrintCompact(reparsed).Should().Be(compact);
    }

    [Fact]
    public void Every_Valid_Generated_Document_Should_Round_Trip()
    {
        var valid = 0;
        foreach (var source in GeneratedCorpus.Create(seed: 7, count: 2000))
        {
            DocumentNode document;
            try
            {
                document = Parser.Parse(source);
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }

            valid++;
            SyntaxComparer.Instance.Equals(document, Parser.Parse(SyntaxPrinter.Print(document))).Should().BeTrue(source);
            SyntaxComparer.Instance.Equals(document, Parser.Parse(SyntaxPrinter.PrintCompact(document))).Should().BeTrue(source);
        }

        valid.Should().BeGreaterThan(500);
    }

    [Fact]
    public void Compact_Print_Should_Separate_Only_Adjacent_Words()
    {
        var document = Parser.Parse("query Q($a: Int = 1, $b: [String!]) @d { f(x: 1, y: \"s\") { ... on T { g } ...F } }");

        // Line breaks survive only inside block strings, as with graphql-js's stripIgnoredCharacters.
        SyntaxPrinter.PrintCompact(document).Should().Be("query Q($a:Int=1$b:[String!])@d{f(x:1 y:\"s\"){...on T{g}...F}}");
    }

    [Fact]
    public void Printer_Should_Print_Nodes_Built_In_Code()
    {
        var field = new FieldNode(
            new NameNode("alias"),
            new NameNode("field"),
            [new ArgumentNode(new NameNode("id"), new StringValueNode("1"))],
            [],
            new SelectionSetNode([new FieldNode(null, new NameNode("name"), [], [], null)]));

        field.ToString().Should().Be("alias: field(id: \"1\") {\n  name\n}");
        field.Print(indented: false).Should().Be("alias:field(id:\"1\"){name}");
    }

    [Fact]
    public void Comparer_Should_Ignore_Locations_But_Not_Content()
    {
        var a = Parser.Parse("{ a(x: 1) }");
        var b = Parser.Parse("{\n  a(x: 1)\n}");
        var c = Parser.Parse("{ a(x: 2) }");
        var d = Parser.Parse("{ a(x: 1) }", new ParserOptions { NoLocations = true });

        SyntaxComparer.Instance.Equals(a, b).Should().BeTrue();
        SyntaxComparer.Instance.Equals(a, d).Should().BeTrue();
        SyntaxComparer.Instance.GetHashCode(a).Should().Be(SyntaxComparer.Instance.GetHashCode(b));
        SyntaxComparer.Instance.Equals(a, c).Should().BeFalse();
        d.Definitions[0].Location.Should().BeNull();
    }
}
