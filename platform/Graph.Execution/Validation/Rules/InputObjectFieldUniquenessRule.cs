using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.6.3 Input Object Field Uniqueness:
/// "For each input object value {inputObject} in the document: For every {inputField} in {inputObject}: Let {name} be
/// the Name of {inputField}. Let {fields} be all Input Object Fields named {name} in {inputObject}. {fields} must be
/// the set containing only {inputField}."
/// </summary>
public sealed class InputObjectFieldUniquenessRule : ValidationRule
{
    public override string Code => "INPUT_OBJECT_FIELD_UNIQUENESS";

    protected internal override bool EnterValue(ValueNode node, ValidationContext context)
    {
        if (node is not ObjectValueNode { Fields.Count: > 1 } obj)
        {
            return true;
        }

        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (known.TryGetValue(field.Name.Value, out var first))
            {
                Report(context, $"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            }
            else
            {
                known[field.Name.Value] = field.Name;
            }
        }

        return true;
    }
}
