using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Base of the rules of spec 5.6 that judge a literal against its expected type: each checks the outermost literal
/// of an argument or variable default value (nested values are part of that check) and reports its kind of problem.
/// </summary>
public abstract class LiteralRule : ValidationRule
{
    private protected abstract LiteralProblemKind Kind { get; }

    protected internal sealed override bool EnterValue(ValueNode node, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // As graphql-js: a list literal's own type is the parent of the item type TypeInfo has moved to.
        var type = node is ListValueNode ? context.TypeInfo.ParentInputType : context.TypeInfo.InputType;
        if (type is not null)
        {
            foreach (var problem in context.CheckLiteral(node, type))
            {
                if (problem.Kind == Kind)
                {
                    Report(context, problem.Message, problem.Node);
                }
            }
        }

        return false;
    }
}
