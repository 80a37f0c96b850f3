using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>Which rule of spec 5.6 a problem with a literal value breaks.</summary>
internal enum LiteralProblemKind
{
    /// <summary>5.6.1 Values of Correct Type (leaf coercion, null in non-null, object expected, OneOf).</summary>
    CorrectType,

    /// <summary>5.6.2 Input Object Field Names.</summary>
    UnknownField,

    /// <summary>5.6.4 Input Object Required Fields.</summary>
    RequiredField,
}

internal sealed record LiteralProblem(LiteralProblemKind Kind, string Message, SyntaxNode Node);

/// <summary>
/// Checks that a literal is coercible to an input type (spec 3.10 and 3.11 "Input Coercion", 5.6), walking it the way
/// graphql-js's <c>validateInputLiteral</c> does and producing its messages. Variables are assumed valid in their
/// position (5.6.1); their use is checked by 5.8.5. Unlike graphql-js, every field of an object literal is checked
/// when a name is repeated (spec 5.6.1 "for each literal Input Value"); graphql-js checks only the last one.
/// </summary>
internal sealed class InputLiteralChecker(bool hideSuggestions)
{
    private readonly List<LiteralProblem> _problems = [];

    public static IReadOnlyList<LiteralProblem> Check(ValueNode value, IType type, bool hideSuggestions)
    {
        var checker = new InputLiteralChecker(hideSuggestions);
        checker.Visit(value, type);
        return checker._problems;
    }

    private void Visit(ValueNode value, IType type)
    {
        if (value is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                Add(LiteralProblemKind.CorrectType, $"Expected value of non-null type \"{type}\" not to be null.", value);
                return;
            }

            Visit(value, nonNull.OfType);
            return;
        }

        if (value is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (value is ListValueNode items)
                {
                    foreach (var item in items.Values)
                    {
                        Visit(item, list.OfType);
                    }
                }
                else
                {
                    Visit(value, list.OfType);
                }

                break;
            case InputObjectType inputObject:
                VisitObject(value, inputObject);
                break;
            case EnumType enumType:
                VisitEnum(value, enumType);
                break;
            case ScalarType scalar:
                VisitScalar(value, scalar);
                break;
        }
    }

    private void VisitObject(ValueNode value, InputObjectType type)
    {
        if (value is not ObjectValueNode obj)
        {
            Add(LiteralProblemKind.CorrectType, $"Expected value of type \"{type.Name}\" to be an object, found: {Print(value)}.", value);
            return;
        }

        foreach (var field in type.Fields)
        {
            var provided = false;
            foreach (var fieldNode in obj.Fields)
            {
                if (fieldNode.Name.Value == field.Name)
                {
                    provided = true;
                    Visit(fieldNode.Value, field.Type);
                }
            }

            if (!provided && field.IsRequired)
            {
                Add(LiteralProblemKind.RequiredField, $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Print(value)}.", value);
            }
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            var name = fieldNode.Name.Value;
            if (type.Fields.ContainsName(name))
            {
                known.Add(fieldNode);
                continue;
            }

            var suggestion = hideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Select(f => f.Name)));
            var tail = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
            Add(LiteralProblemKind.UnknownField, $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{tail}: {Print(value)}.", fieldNode);
        }

        // Spec 3.10.1 OneOf Input Objects: exactly one field, and not null.
        if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
        {
            Add(LiteralProblemKind.CorrectType, $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", value);
        }
    }

    private void VisitEnum(ValueNode value, EnumType type)
    {
        var printed = Print(value);
        if (value is EnumValueNode enumValue && type.Values.ContainsName(enumValue.Value))
        {
            return;
        }

        var suggestion = hideSuggestions ? string.Empty : Suggestions.DidYouMean("the enum value", Suggestions.List(printed, type.Values.Select(v => v.Name)));
        var message = value is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum."
            : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.";
        Add(LiteralProblemKind.CorrectType, message + suggestion, value);
    }

    private void VisitScalar(ValueNode value, ScalarType type)
    {
        // 5.6.1: a variable nested in the literal stands for a valid runtime value, so the literal cannot be judged here.
        if (ContainsVariable(value))
        {
            return;
        }

        try
        {
            type.CoerceInputLiteral(value);
        }
        catch (CoercionException e)
        {
            var message = type.IsBuiltIn
                ? e.Message
                : $"Expected value of type \"{type.Name}\", but encountered error \"{e.Message}\"; found: {Print(value)}.";
            Add(LiteralProblemKind.CorrectType, message, value);
        }
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static string Print(ValueNode value) => SyntaxPrinter.Print(value);

    private void Add(LiteralProblemKind kind, string message, SyntaxNode node) => _problems.Add(new LiteralProblem(kind, message, node));
}
