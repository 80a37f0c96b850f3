namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.6.4 Input Object Required Fields:
/// "For each Input Object in the document: Let {fields} be the fields provided by that Input Object. Let
/// {fieldDefinitions} be the set of input field definitions of that Input Object. For each {fieldDefinition} in
/// {fieldDefinitions}: Let {type} be the expected type of {fieldDefinition}. Let {defaultValue} be the default value of
/// {fieldDefinition}. If {type} is Non-Null and {defaultValue} does not exist: Let {fieldName} be the name of
/// {fieldDefinition}. Let {field} be the input field in {fields} named {fieldName}. {field} must exist. Let {value} be
/// the value of {field}. {value} must not be the {null} literal." A <c>null</c> value is reported by
/// <see cref="ValuesOfCorrectTypeRule"/> ("Expected value of non-null type ... not to be null."), as graphql-js does.
/// </summary>
public sealed class InputObjectRequiredFieldsRule : LiteralRule
{
    public override string Code => "INPUT_OBJECT_REQUIRED_FIELDS";

    private protected override LiteralProblemKind Kind => LiteralProblemKind.RequiredField;
}
