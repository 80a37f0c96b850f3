using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>A change between two client schemas that breaks existing clients, at a schema coordinate.</summary>
public sealed record BreakingChange(string Coordinate, string Description)
{
    public override string ToString() => $"{Coordinate}: {Description}";
}

/// <summary>
/// Compares two client schemas (SDL) and lists the changes that break clients: removed types, fields, enum values,
/// arguments, input fields, union members and interfaces; a type whose kind changed; an output field whose type no
/// longer fits what clients expect (other named type, list shape, non-null to nullable); an argument or input field
/// whose type became stricter; a required argument or input field added.
/// </summary>
public static class SchemaDiff
{
    public static IReadOnlyList<BreakingChange> BreakingChanges(string oldSdl, string newSdl)
    {
        var oldTypes = Types(oldSdl);
        var newTypes = Types(newSdl);
        var changes = new List<BreakingChange>();
        foreach (var (name, oldType) in oldTypes)
        {
            if (!newTypes.TryGetValue(name, out var newType))
            {
                changes.Add(new(name, $"the {oldType.KindName()} '{name}' was removed"));
                continue;
            }

            if (oldType.GetType() != newType.GetType())
            {
                changes.Add(new(name, $"'{name}' changed from {oldType.KindName()} to {newType.KindName()}"));
                continue;
            }

            Compare(name, oldType, newType, changes);
        }

        return changes;
    }

    private static Dictionary<string, TypeDefinitionNode> Types(string sdl) =>
        Parser.Parse(sdl, ParserOptions.TypeSystem).Definitions.OfType<TypeDefinitionNode>()
            .GroupBy(t => t.Name.Value)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static void Compare(string name, TypeDefinitionNode oldType, TypeDefinitionNode newType, List<BreakingChange> changes)
    {
        foreach (var implemented in oldType.Interfaces().Select(i => i.Name.Value).Except(newType.Interfaces().Select(i => i.Name.Value)))
        {
            changes.Add(new(name, $"'{name}' no longer implements '{implemented}'"));
        }

        foreach (var oldField in oldType.Fields())
        {
            var coordinate = $"{name}.{oldField.Name.Value}";
            if (newType.Field(oldField.Name.Value) is not { } newField)
            {
                changes.Add(new(coordinate, "the field was removed"));
                continue;
            }

            if (!OutputTypeStillFits(oldField.Type, newField.Type))
            {
                changes.Add(new(coordinate, $"the type changed from '{oldField.Type.Print()}' to '{newField.Type.Print()}'"));
            }

            CompareInputValues(coordinate, oldField.Arguments, newField.Arguments, "argument", changes);
        }

        switch (oldType, newType)
        {
            case (EnumTypeDefinitionNode oldEnum, EnumTypeDefinitionNode newEnum):
                foreach (var value in oldEnum.Values.Select(v => v.Name.Value).Except(newEnum.Values.Select(v => v.Name.Value)))
                {
                    changes.Add(new($"{name}.{value}", "the enum value was removed"));
                }

                break;
            case (UnionTypeDefinitionNode oldUnion, UnionTypeDefinitionNode newUnion):
                foreach (var member in oldUnion.Types.Select(t => t.Name.Value).Except(newUnion.Types.Select(t => t.Name.Value)))
                {
                    changes.Add(new(name, $"the member '{member}' was removed from the union"));
                }

                break;
            case (InputObjectTypeDefinitionNode oldInput, InputObjectTypeDefinitionNode newInput):
                CompareInputValues(name, oldInput.Fields, newInput.Fields, "input field", changes);
                break;
        }
    }

    private static void CompareInputValues(string owner, IReadOnlyList<InputValueDefinitionNode> oldValues, IReadOnlyList<InputValueDefinitionNode> newValues, string what, List<BreakingChange> changes)
    {
        string Coordinate(InputValueDefinitionNode v) => what == "argument" ? $"{owner}({v.Name.Value}:)" : $"{owner}.{v.Name.Value}";
        foreach (var oldValue in oldValues)
        {
            var newValue = newValues.FirstOrDefault(v => v.Name.Value == oldValue.Name.Value);
            if (newValue is null)
            {
                changes.Add(new(Coordinate(oldValue), $"the {what} was removed"));
            }
            else if (!InputTypeStillAccepts(oldValue.Type, newValue.Type))
            {
                changes.Add(new(Coordinate(oldValue), $"the type changed from '{oldValue.Type.Print()}' to '{newValue.Type.Print()}'"));
            }
        }

        foreach (var added in newValues.Where(v => v.Type.IsNonNull() && v.DefaultValue is null && oldValues.All(o => o.Name.Value != v.Name.Value)))
        {
            changes.Add(new(Coordinate(added), $"the required {what} '{added.Name.Value}' was added"));
        }
    }

    /// <summary>An output type still fits when clients get the same shape, with nullable positions allowed to become non-null.</summary>
    private static bool OutputTypeStillFits(TypeNode oldType, TypeNode newType) => (oldType, newType) switch
    {
        (NonNullTypeNode o, NonNullTypeNode n) => OutputTypeStillFits(o.Type, n.Type),
        (NonNullTypeNode, _) => false,
        (_, NonNullTypeNode n) => OutputTypeStillFits(oldType, n.Type),
        (ListTypeNode o, ListTypeNode n) => OutputTypeStillFits(o.Type, n.Type),
        (NamedTypeNode o, NamedTypeNode n) => o.Name.Value == n.Name.Value,
        _ => false,
    };

    /// <summary>An input type still accepts what clients send when it has the same shape, with non-null positions allowed to become nullable.</summary>
    private static bool InputTypeStillAccepts(TypeNode oldType, TypeNode newType) => (oldType, newType) switch
    {
        (NonNullTypeNode o, NonNullTypeNode n) => InputTypeStillAccepts(o.Type, n.Type),
        (_, NonNullTypeNode) => false,
        (NonNullTypeNode o, _) => InputTypeStillAccepts(o.Type, newType),
        (ListTypeNode o, ListTypeNode n) => InputTypeStillAccepts(o.Type, n.Type),
        (NamedTypeNode o, NamedTypeNode n) => o.Name.Value == n.Name.Value,
        _ => false,
    };
}
