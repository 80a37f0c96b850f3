using FluentAssertions;

namespace Graph.Language.Tests;

public sealed class RewriterTests
{
    private sealed class RenameAndDrop : SyntaxRewriter
    {
        protected override SyntaxNode? Visit(SyntaxNode node) => node switch
        {
            FieldNode { Name.Value: "secret" } => null,
            DirectiveNode { Name.Value: "internal" } => null,
            NameNode { Value: "old" } name => name with { Value = "new" },
            IntValueNode value => new IntValueNode((int.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture) * 2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => base.Visit(node),
        };
    }

    private sealed class Identity : SyntaxRewriter;

    [Fact]
    public void Rewriter_Should_Replace_And_Drop_Nodes()
    {
        var document = Parser.Parse("{ old(x: 21) secret other @internal { old } }");

        var rewritten = new RenameAndDrop().Rewrite(document);

        rewritten.Print(indented: false).Should().Be("{new(x:42)other{new}}");
        document.Print(indented: false).Should().Be("{old(x:21)secret other@internal{old}}");
    }

    [Fact]
    public void Rewriter_Should_Return_The_Same_Instance_When_Nothing_Changes()
    {
        var document = Parser.Parse(TestFiles.Read("Corpus/schema-kitchen-sink.graphql"));

        new Identity().Rewrite(document).Should().BeSameAs(document);
    }

    [Fact]
    public void Rewriter_Should_Share_Unchanged_Subtrees()
    {
        var document = Parser.Parse("{ a { b } old }");

        var rewritten = new RenameAndDrop().Rewrite(document);

        var before = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var after = ((OperationDefinitionNode)rewritten.Definitions[0]).SelectionSet.Selections[0];
        after.Should().BeSameAs(before);
    }

    [Fact]
    public void Rewriter_Should_Reject_A_Replacement_Of_The_Wrong_Kind()
    {
        var rewriter = new WrongKind();

        var act = () => rewriter.Rewrite(Parser.Parse("{ a }"));

        act.Should().Throw<InvalidOperationException>();
    }

    private sealed class WrongKind : SyntaxRewriter
    {
        protected override SyntaxNode? Visit(SyntaxNode node) => node is SelectionSetNode ? new NameNode("x") : base.Visit(node);
    }
}
