using Graph.Language;

namespace Graph.Types;

/// <summary>
/// Checks the directives applied to schema elements, as graphql-js's SDL rules do (KnownDirectives,
/// UniqueDirectivesPerLocation, KnownArgumentNamesOnDirectives, UniqueArgumentNames,
/// ProvidedRequiredArgumentsOnDirectives), plus the argument values against their types (spec 5.6.1 on constants).
/// </summary>
internal sealed class AppliedDirectiveRules(Schema schema, List<SchemaError> errors)
{
    public void Check()
    {
        Check(schema.SchemaDirectives, DirectiveLocation.Schema);
        foreach (var type in schema.Types.Where(t => !t.IsBuiltIn || t.Directives.Count > 0))
        {
            switch (type)
            {
                case ScalarType:
                    Check(type.Directives, DirectiveLocation.Scalar);
                    break;
                case ObjectType obj:
                    Check(type.Directives, DirectiveLocation.Object);
                    CheckFields(obj);
                    break;
                case InterfaceType iface:
                    Check(type.Directives, DirectiveLocation.Interface);
                    CheckFields(iface);
                    break;
                case UnionType:
                    Check(type.Directives, DirectiveLocation.Union);
                    break;
                case EnumType enumType:
                    Check(type.Directives, DirectiveLocation.Enum);
                    foreach (var value in enumType.Values)
                    {
                        Check(value.Directives, DirectiveLocation.EnumValue);
                    }

                    break;
                case InputObjectType input:
                    Check(type.Directives, DirectiveLocation.InputObject);
                    foreach (var field in input.Fields)
                    {
                        Check(field.Directives, DirectiveLocation.InputFieldDefinition);
                    }

                    break;
            }
        }

        foreach (var directive in schema.Directives.Where(d => !d.IsBuiltIn))
        {
            foreach (var argument in directive.Arguments)
            {
                Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
            }
        }
    }

    private void CheckFields(IComplexType type)
    {
        foreach (var field in type.Fields)
        {
            Check(field.Directives, DirectiveLocation.FieldDefinition);
            foreach (var argument in field.Arguments)
            {
                Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
            }
        }
    }

    private void Check(DirectiveUsageList usages, DirectiveLocation location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            var definition = schema.FindDirective(usage.Name);
            if (definition is null)
            {
                Error($"Unknown directive \"@{usage.Name}\".", usage.Location);
                continue;
            }

            if (!definition.IsAllowedAt(location))
            {
                Error($"Directive \"@{usage.Name}\" may not be used on {location.ToGraphQLName()}.", usage.Location);
            }

            if (!definition.IsRepeatable && !seen.Add(usage.Name))
            {
                Error($"The directive \"@{usage.Name}\" can only be used once at this location.", usage.Location);
            }

            CheckArguments(usage, definition);
        }
    }

    private void CheckArguments(DirectiveUsage usage, DirectiveDefinition definition)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in usage.Arguments)
        {
            var name = argument.Name.Value;
            if (!given.Add(name))
            {
                Error($"There can be only one argument named \"{name}\".", argument.Location);
                continue;
            }

            if (!definition.Arguments.TryGet(name, out var argumentDefinition))
            {
                Error($"Unknown argument \"{name}\" on directive \"@{usage.Name}\".", argument.Location);
                continue;
            }

            foreach (var (message, path) in ValueLiterals.Validate(argument.Value, argumentDefinition.Type))
            {
                var at = path.Length == 0 ? string.Empty : " at " + path;
                Error($"Argument {argumentDefinition.Coordinate} has invalid value{at}: {message}", argument.Value.Location ?? usage.Location);
            }
        }

        foreach (var argumentDefinition in definition.Arguments)
        {
            if (argumentDefinition.IsRequired && !given.Contains(argumentDefinition.Name))
            {
                Error($"Argument \"{argumentDefinition.Coordinate}\" of type \"{argumentDefinition.Type}\" is required, but it was not provided.", usage.Location);
            }
        }
    }

    private void Error(string message, Location? location) => errors.Add(new SchemaError(message, location));
}
