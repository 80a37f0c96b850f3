using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Runs several rules over one traversal (graphql-js's <c>visitInParallel</c> with <c>visitWithTypeInfo</c>): keeps the
/// <see cref="TypeInfo"/> in step and remembers, per rule, the node whose children that rule chose to skip.
/// </summary>
internal sealed class RuleDispatcher(IReadOnlyList<ValidationRule> rules, ValidationContext context) : IDocumentVisitor
{
    private readonly SyntaxNode?[] _skipping = new SyntaxNode?[rules.Count];

    public bool Enter(SyntaxNode node, SyntaxNode? parent)
    {
        context.TypeInfo.Enter(node);
        context.Parent = parent;
        for (var i = 0; i < rules.Count; i++)
        {
            if (_skipping[i] is null && !rules[i].Enter(node, context))
            {
                _skipping[i] = node;
            }
        }

        return true;
    }

    public void Leave(SyntaxNode node, SyntaxNode? parent)
    {
        context.Parent = parent;
        for (var i = 0; i < rules.Count; i++)
        {
            if (_skipping[i] is null)
            {
                rules[i].Leave(node, context);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        context.TypeInfo.Leave(node);
    }
}
