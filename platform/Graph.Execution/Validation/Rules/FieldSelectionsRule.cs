using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.3.1 Field Selections:
/// "For each {selection} in the document: Let {fieldName} be the target field of {selection}. {fieldName} must be
/// defined on type in scope." Suggestions follow graphql-js: for an abstract type, the possible types and interfaces
/// that do define the field ("Did you mean to use an inline fragment on ...?"), otherwise similarly named fields.
/// </summary>
public sealed class FieldSelectionsRule : ValidationRule
{
    public override string Code => "FIELD_SELECTIONS";

    protected internal override bool EnterField(FieldNode node, ValidationContext context)
    {
        var parentType = context.TypeInfo.ParentType;
        if (parentType is null || context.TypeInfo.FieldDefinition is not null)
        {
            return true;
        }

        var fieldName = node.Name.Value;
        var suggestion = string.Empty;
        if (!context.HideSuggestions)
        {
            suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, fieldName));
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, fieldName));
            }
        }

        Report(context, $"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, node);
        return true;
    }

    // Possible types that define the field, most used interfaces first (graphql-js getSuggestedTypeNames).
    private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, INamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var suggested = new List<IComplexType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.ContainsName(fieldName))
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType.Name))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsName(fieldName))
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        var sorted = suggested.ToList();
        sorted.Sort((a, b) =>
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return sorted.Select(t => t.Name).ToList();
    }

    private static IReadOnlyList<string> SuggestedFieldNames(INamedType type, string fieldName) =>
        type is IComplexType complex ? Suggestions.List(fieldName, complex.Fields.Select(f => f.Name)) : [];
}
