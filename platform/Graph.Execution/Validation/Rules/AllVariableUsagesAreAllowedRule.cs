using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed:
/// "For each {operation} in {document}: Let {variableUsages} be all usages transitively included in the {operation}.
/// For each {variableUsage} in {variableUsages}: Let {variableName} be the name of {variableUsage}. Let
/// {variableDefinition} be the {VariableDefinition} named {variableName} defined within {operation}.
/// {IsVariableUsageAllowed(variableDefinition, variableUsage)} must be {true}."
/// A field of a OneOf Input Object is a non-null position (IsNonNullPosition); a nullable variable there is reported
/// with graphql-js's OneOf message. Spec over graphql-js 17.1.0: graphql-js misses this when the OneOf type is
/// wrapped in Non-Null (<c>addPet(pet: PetInput!)</c>), and rejects a nullable variable with a non-null default
/// value that the spec allows.
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override string Code => "ALL_VARIABLE_USAGES_ARE_ALLOWED";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        _definitions.Clear();
        foreach (var definition in node.VariableDefinitions)
        {
            _definitions[definition.Variable.Name.Value] = definition;
        }

        return true;
    }

    protected internal override void LeaveOperation(OperationDefinitionNode node, ValidationContext context)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition)
                || usage.Type is not { } locationType
                || TypeInfo.TypeFromAst(context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            var isOneOfField = usage.IsObjectFieldValue && usage.ParentType?.NullableType() is InputObjectType { IsOneOf: true };
            var hasNonNullDefault = definition.DefaultValue is { } defaultValue && defaultValue is not NullValueNode;
            if (!IsVariableUsageAllowed(variableType, hasNonNullDefault, locationType, usage.HasLocationDefaultValue, isOneOfField))
            {
                var message = !locationType.IsNonNull() && AreTypesCompatible(variableType, locationType)
                    ? $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{usage.ParentType!.NamedType().Name}\"."
                    : $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".";
                Report(context, message, definition, usage.Node);
            }
        }
    }

    // IsVariableUsageAllowed(variableDefinition, variableUsage) with IsNonNullPosition(locationType, variableUsage).
    private static bool IsVariableUsageAllowed(IType variableType, bool hasNonNullVariableDefault, IType locationType, bool hasLocationDefault, bool isOneOfField)
    {
        if ((locationType.IsNonNull() || isOneOfField) && !variableType.IsNonNull())
        {
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return AreTypesCompatible(variableType, locationType.NullableType());
        }

        return AreTypesCompatible(variableType, locationType);
    }

    // AreTypesCompatible(variableType, locationType).
    private static bool AreTypesCompatible(IType variableType, IType locationType)
    {
        if (locationType is NonNullType locationNonNull)
        {
            return variableType is NonNullType variableNonNull && AreTypesCompatible(variableNonNull.OfType, locationNonNull.OfType);
        }

        if (variableType is NonNullType nonNullVariable)
        {
            return AreTypesCompatible(nonNullVariable.OfType, locationType);
        }

        if (locationType is ListType locationList)
        {
            return variableType is ListType variableList && AreTypesCompatible(variableList.OfType, locationList.OfType);
        }

        return variableType is not ListType
            && TypeComparators.SameNamedType(variableType as INamedType, locationType as INamedType);
    }
}
