using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>
/// Nodes keep their location in a compact form (no <c>Location?</c> field); these pin that the public
/// <c>Location</c> property still behaves as a plain nullable property would.
/// </summary>
public sealed class NodeLocationTests
{
    [Fact]
    public void A_Location_Given_In_Code_Should_Read_Back_Unchanged()
    {
        var location = new Location(int.MaxValue - 1, int.MaxValue, -3, 0);

        var name = new NameNode("a", location);

        name.Location.Should().Be(location);
        (name with { Location = new Location(1, 2, 3, 4) }).Location.Should().Be(new Location(1, 2, 3, 4));
    }

    [Fact]
    public void A_Node_Without_Location_Should_Read_Null_Also_After_With()
    {
        var parsed = Parser.Parse("{ a }").Definitions[0];

        new NullValueNode().Location.Should().BeNull();
        new ArgumentNode(new NameNode("a"), new IntValueNode("1")).Location.Should().BeNull();
        (parsed with { Location = null }).Location.Should().BeNull();
        parsed.Location.Should().Be(new Location(0, 5, 1, 1));
    }

    [Fact]
    public void Record_Equality_Should_Still_Compare_Locations()
    {
        var value = new EnumValueNode("RED", new Location(0, 3, 1, 1));

        value.Should().Be(new EnumValueNode("RED", new Location(0, 3, 1, 1)));
        value.Should().NotBe(new EnumValueNode("RED", new Location(0, 3, 1, 2)));
        value.Should().NotBe(new EnumValueNode("RED"));
        value.GetHashCode().Should().Be(new EnumValueNode("RED", new Location(0, 3, 1, 1)).GetHashCode());
    }

    [Fact]
    public void Parsing_Without_Locations_Should_Leave_Every_Location_Null()
    {
        var document = Parser.Parse("query Q($v: [Int!] = [1]) { a(b: {c: $v}) @d ...F ... on T { e } }", new ParserOptions { NoLocations = true });

        var nodes = new List<SyntaxNode?>();
        var pending = new Stack<SyntaxNode>([document]);
        while (pending.TryPop(out var node))
        {
            node.Location.Should().BeNull(because: $"{node.Kind} was parsed without locations");
            nodes.Clear();
            SyntaxChildren.Collect(node, nodes);
            foreach (var child in nodes.OfType<SyntaxNode>())
            {
                pending.Push(child);
            }
        }
    }
}
