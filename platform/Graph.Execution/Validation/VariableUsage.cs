using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// A use of a variable inside an operation or fragment (spec 5.8.3-5.8.5): the variable node, the input type expected
/// where it sits (null when unknown), the type of the value enclosing it, whether that enclosing value is an input
/// object (the variable is the value of an ObjectField), and whether the argument or input field it is passed to
/// has a default value.
/// </summary>
public sealed record VariableUsage(
    VariableNode Node,
    IType? Type,
    IType? ParentType,
    bool IsObjectFieldValue,
    bool HasLocationDefaultValue);
