using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.5.1.1 Fragment Name Uniqueness:
/// "For each fragment definition {fragment} in the document: Let {fragmentName} be the name of {fragment}. Let
/// {fragments} be all fragment definitions in the document named {fragmentName}. {fragments} must be a set of one."
/// </summary>
public sealed class FragmentNameUniquenessRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override string Code => "FRAGMENT_NAME_UNIQUENESS";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context) => false;

    protected internal override bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        var name = node.Name.Value;
        if (_known.TryGetValue(name, out var known))
        {
            Report(context, $"There can be only one fragment named \"{name}\".", known, node.Name);
        }
        else
        {
            _known[name] = node.Name;
        }

        return false;
    }
}
