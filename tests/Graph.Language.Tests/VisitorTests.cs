using FluentAssertions;

namespace Graph.Language.Tests;

public sealed class VisitorTests
{
    private static readonly DocumentNode Document = Parser.Parse(
        "query Q($v: Int) { a(x: $v) { b } ... on T { c @skip(if: true) } } fragment F on T { d }");

    [Fact]
    public void Visitor_Should_Enter_And_Leave_Every_Node_In_Source_Order()
    {
        var events = new List<string>();
        var visitor = SyntaxVisitor.Create()
            .EnterAny((node, _) =>
            {
                events.Add("enter " + node.Kind);
                return VisitorAction.Continue;
            })
            .LeaveAny((node, _) =>
            {
                events.Add("leave " + node.Kind);
                return VisitorAction.Continue;
            });

        visitor.Visit(Parser.Parse("{ a(x: 1) }")).Should().BeTrue();

        events.Should().Equal(
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name", "leave Name",
            "enter Argument", "enter Name", "leave Name", "enter IntValue", "leave IntValue", "leave Argument",
            "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document");
    }

    [Fact]
    public void Skip_Should_Not_Visit_Children_And_Break_Should_Stop()
    {
        var fields = new List<string>();
        var visitor = SyntaxVisitor.Create()
            .Enter(SyntaxKind.InlineFragment, (_, _) => VisitorAction.Skip)
            .Enter(SyntaxKind.FragmentDefinition, (_, _) => VisitorAction.Break)
            .Enter(SyntaxKind.Field, (node, _) =>
            {
                fields.Add(((FieldNode)node).Name.Value);
                return VisitorAction.Continue;
            });

        visitor.Visit(Document).Should().BeFalse();

        fields.Should().Equal("a", "b");
    }

    [Fact]
    public void Ancestors_Should_Run_From_Root_To_Parent()
    {
        IReadOnlyList<SyntaxKind>? path = null;
        SyntaxVisitor.Create()
            .Enter(SyntaxKind.Variable, (_, ancestors) =>
            {
                path ??= ancestors.Select(a => a.Kind).ToArray();
                return VisitorAction.Continue;
            })
            .Visit(Document);

        path.Should().Equal(SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition);
    }

    [Fact]
    public void Visitor_Should_Reach_Every_Type_System_Node()
    {
        var kinds = new HashSet<SyntaxKind>();
        SyntaxVisitor.Create()
            .EnterAny((node, _) =>
            {
                kinds.Add(node.Kind);
                return VisitorAction.Continue;
            })
            .Visit(Parser.Parse(TestFiles.Read("Corpus/schema-kitchen-sink.graphql") + TestFiles.Read("Corpus/kitchen-sink.graphql")));

        var coordinates = new[]
        {
            SyntaxKind.TypeCoordinate, SyntaxKind.MemberCoordinate, SyntaxKind.ArgumentCoordinate,
            SyntaxKind.DirectiveCoordinate, SyntaxKind.DirectiveArgumentCoordinate,
        };
        kinds.Should().BeEquivalentTo(Enum.GetValues<SyntaxKind>().Except(coordinates));
    }
}
