namespace Graph.Language;

/// <summary>What a visitor does after entering or leaving a node (graphql-js: <c>undefined</c>, <c>false</c>, <c>BREAK</c>).</summary>
public enum VisitorAction
{
    /// <summary>Go on: into the children after Enter, to the next node after Leave.</summary>
    Continue,

    /// <summary>After Enter: do not visit this node's children (and do not call Leave for it).</summary>
    Skip,

    /// <summary>Stop the whole visit.</summary>
    Break,
}

/// <summary>
/// Walks a tree depth-first in source order, calling <see cref="Enter"/> and <see cref="Leave"/> for
/// every node (graphql-js's <c>visit</c>). <see cref="Create"/> builds one from per-kind delegates.
/// </summary>
public abstract class SyntaxVisitor
{
    /// <summary>Called before a node's children; <paramref name="ancestors"/> runs from the root to the parent.</summary>
    protected virtual VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;

    /// <summary>Called after a node's children.</summary>
    protected virtual VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;

    public static DelegateSyntaxVisitor Create() => new();

    /// <summary>Visits <paramref name="root"/> and its descendants; false when a callback returned Break.</summary>
    public bool Visit(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Walk(root, new List<SyntaxNode>());
    }

    private bool Walk(SyntaxNode node, List<SyntaxNode> ancestors)
    {
        var action = Enter(node, ancestors);
        if (action == VisitorAction.Break)
        {
            return false;
        }

        if (action == VisitorAction.Skip)
        {
            return true;
        }

        var children = new List<SyntaxNode?>();
        SyntaxChildren.Collect(node, children);
        ancestors.Add(node);
        foreach (var child in children)
        {
            if (child is not null && !Walk(child, ancestors))
            {
                return false;
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
        return Leave(node, ancestors) != VisitorAction.Break;
    }
}

/// <summary>A visitor made of delegates per <see cref="SyntaxKind"/> (and optionally for every kind).</summary>
public sealed class DelegateSyntaxVisitor : SyntaxVisitor
{
    private readonly Dictionary<SyntaxKind, Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction>> _enter = [];
    private readonly Dictionary<SyntaxKind, Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction>> _leave = [];
    private Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction>? _enterAny;
    private Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction>? _leaveAny;

    internal DelegateSyntaxVisitor()
    {
    }

    public DelegateSyntaxVisitor Enter(SyntaxKind kind, Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction> enter)
    {
        _enter[kind] = enter;
        return this;
    }

    public DelegateSyntaxVisitor Leave(SyntaxKind kind, Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction> leave)
    {
        _leave[kind] = leave;
        return this;
    }

    /// <summary>Called for every node, before the per-kind delegate.</summary>
    public DelegateSyntaxVisitor EnterAny(Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction> enter)
    {
        _enterAny = enter;
        return this;
    }

    public DelegateSyntaxVisitor LeaveAny(Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction> leave)
    {
        _leaveAny = leave;
        return this;
    }

    protected override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
        Call(_enterAny, _enter, node, ancestors);

    protected override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
        Call(_leaveAny, _leave, node, ancestors);

    private static VisitorAction Call(
        Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction>? any,
        Dictionary<SyntaxKind, Func<SyntaxNode, IReadOnlyList<SyntaxNode>, VisitorAction>> byKind,
        SyntaxNode node,
        IReadOnlyList<SyntaxNode> ancestors)
    {
        var action = any?.Invoke(node, ancestors) ?? VisitorAction.Continue;
        if (action != VisitorAction.Continue)
        {
            return action;
        }

        return byKind.TryGetValue(node.Kind, out var callback) ? callback(node, ancestors) : VisitorAction.Continue;
    }
}
