using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.5.1.4 Fragments Must Be Used:
/// "For each fragment defined in the document: {fragment} must be the target of at least one spread in the
/// document." A spread counts when an operation reaches it, directly or through other fragments (as graphql-js).
/// </summary>
public sealed class FragmentsMustBeUsedRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override string Code => "FRAGMENTS_MUST_BE_USED";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        _operations.Add(node);
        return false;
    }

    protected internal override bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        _fragments.Add(node);
        return false;
    }

    protected internal override void LeaveDocument(DocumentNode node, ValidationContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                Report(context, $"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
