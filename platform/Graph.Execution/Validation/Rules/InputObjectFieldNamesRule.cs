namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.6.2 Input Object Field Names:
/// "For each Input Object Field {inputField} in the document: Let {inputFieldName} be the Name of {inputField}. Let
/// {inputFieldDefinition} be the input field definition provided by the parent input object type named
/// {inputFieldName}. {inputFieldDefinition} must exist."
/// </summary>
public sealed class InputObjectFieldNamesRule : LiteralRule
{
    public override string Code => "INPUT_OBJECT_FIELD_NAMES";

    private protected override LiteralProblemKind Kind => LiteralProblemKind.UnknownField;
}
