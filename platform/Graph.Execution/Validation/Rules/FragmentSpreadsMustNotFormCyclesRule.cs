using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles:
/// "For each {fragmentDefinition} in the document: Let {visited} be the empty set.
/// {DetectFragmentCycles(fragmentDefinition, visited)}." where DetectFragmentCycles requires that no spread reached
/// from a fragment targets a fragment already on the path. Each cycle is reported once, with the spreads that form it.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public override string Code => "FRAGMENT_SPREADS_MUST_NOT_FORM_CYCLES";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context) => false;

    protected internal override bool EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        DetectCycles(node, context);
        return false;
    }

    private void DetectCycles(FragmentDefinitionNode fragment, ValidationContext context)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target, context);
                }
            }
            else
            {
                var cyclePath = _spreadPath.Skip(cycleIndex).ToArray();
                var via = string.Join(", ", cyclePath.Take(cyclePath.Length - 1).Select(s => "\"" + s.Name.Value + "\""));
                Report(context, $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
