namespace Graph.Types;

/// <summary>
/// Spec 3.13 "Type Validation" 2-3: a directive definition must not use itself, directly (on one of its arguments)
/// or indirectly (through the input types of its arguments or the directives applied there).
/// </summary>
internal static class DirectiveReferences
{
    /// <summary>The element where <paramref name="directive"/> is applied within its own definition, or null.</summary>
    public static string? ReferencesItself(DirectiveDefinition directive, Schema schema)
    {
        var visitedDirectives = new HashSet<string>(StringComparer.Ordinal) { directive.Name };
        var visitedTypes = new HashSet<string>(StringComparer.Ordinal);
        return VisitDirective(directive);

        string? VisitDirective(DirectiveDefinition current)
        {
            foreach (var argument in current.Arguments)
            {
                if ((VisitUsages(argument.Directives, argument.Coordinate) ?? VisitType(argument.Type.NamedType())) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        string? VisitUsages(DirectiveUsageList usages, string coordinate)
        {
            foreach (var usage in usages)
            {
                if (usage.Name == directive.Name)
                {
                    return coordinate;
                }

                if (visitedDirectives.Add(usage.Name) && schema.FindDirective(usage.Name) is { } used && VisitDirective(used) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        string? VisitType(INamedType type)
        {
            if (type.IsBuiltIn || !visitedTypes.Add(type.Name))
            {
                return null;
            }

            if (VisitUsages(type.Directives, type.Name) is { } found)
            {
                return found;
            }

            switch (type)
            {
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        if ((VisitUsages(field.Directives, field.Coordinate) ?? VisitType(field.Type.NamedType())) is { } inField)
                        {
                            return inField;
                        }
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        if (VisitUsages(value.Directives, value.Coordinate) is { } inValue)
                        {
                            return inValue;
                        }
                    }

                    break;
            }

            return null;
        }
    }
}
