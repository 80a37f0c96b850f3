namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.6.1 Values of Correct Type:
/// "For each literal Input Value {value} in the document: Let {type} be the type expected in the position {value} is
/// found. {value} must be coercible to {type} (with the assumption that any {variableUsage} nested within {value} will
/// represent a runtime value valid for usage in its position)." This includes the OneOf Input Object rule of spec
/// 3.10.1 (exactly one field, not null), which the spec's examples for this section exercise.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : LiteralRule
{
    public override string Code => "VALUES_OF_CORRECT_TYPE";

    private protected override LiteralProblemKind Kind => LiteralProblemKind.CorrectType;
}
