using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.3.3 Leaf Field Selections:
/// "For each {selection} in the document: Let {selectionType} be the unwrapped result type of {selection}. If
/// {selectionType} is a scalar or enum: The subselection set of that selection must be empty. If {selectionType} is
/// an interface, union, or object: The subselection set of that selection must not be empty."
/// </summary>
public sealed class LeafFieldSelectionsRule : ValidationRule
{
    public override string Code => "LEAF_FIELD_SELECTIONS";

    protected internal override bool EnterField(FieldNode node, ValidationContext context)
    {
        if (context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var fieldName = node.Name.Value;
        if (type.NamedType().IsLeafType())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Report(context, $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            Report(context, $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", node);
        }

        return true;
    }
}
