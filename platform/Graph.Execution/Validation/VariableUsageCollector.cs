using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>Collects the variable usages of one definition with their expected types (spec 5.8 "Variables").</summary>
internal sealed class VariableUsageCollector(Schema schema) : IDocumentVisitor
{
    private readonly TypeInfo _typeInfo = new(schema);

    public List<VariableUsage> Usages { get; } = [];

    public bool Enter(SyntaxNode node, SyntaxNode? parent)
    {
        if (node is VariableDefinitionNode)
        {
            return false;
        }

        _typeInfo.Enter(node);
        if (node is VariableNode variable)
        {
            Usages.Add(new VariableUsage(
                variable,
                _typeInfo.InputType,
                _typeInfo.ParentInputType,
                parent is ObjectFieldNode,
                _typeInfo.DefaultValue is not null));
        }

        return true;
    }

    public void Leave(SyntaxNode node, SyntaxNode? parent) => _typeInfo.Leave(node);
}
