using Graph.Language;

namespace Graph.Types;

/// <summary>
/// Schema validation (spec 3): the rules under "Root Operation Types", each type's "Type Validation", and the
/// directive definition rules, with graphql-js's <c>validateSchema</c> messages. Runs on the built model, so code-first
/// and SDL-first schemas are checked alike.
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<SchemaError> _errors = [];

    private SchemaValidator(Schema schema) => _schema = schema;

    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        new AppliedDirectiveRules(schema, validator._errors).Check();
        return validator._errors;
    }

    private void Error(string message, params Location?[] locations) => _errors.Add(new SchemaError(message, locations));

    /// <summary>Spec 3.3.1: the query, mutation and subscription root types must all be different types.</summary>
    private void ValidateRootTypes()
    {
        var roots = new List<(string Operation, ObjectType Type)>();
        if (_schema.QueryType is { } query)
        {
            roots.Add(("query", query));
        }

        if (_schema.MutationType is { } mutation)
        {
            roots.Add(("mutation", mutation));
        }

        if (_schema.SubscriptionType is { } subscription)
        {
            roots.Add(("subscription", subscription));
        }

        foreach (var group in roots.GroupBy(r => r.Type))
        {
            var operations = group.Select(r => r.Operation).ToArray();
            if (operations.Length > 1)
            {
                Error($"All root types must be different, \"{group.Key.Name}\" type is used as {AndList(operations)} root types.", group.Key.Location);
            }
        }
    }

    /// <summary>Spec 3.13 "Type Validation" of directive definitions.</summary>
    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            if (directive.IsBuiltIn)
            {
                continue;
            }

            ValidateName(directive.Name, directive.Location);
            if (directive.Locations.Count == 0)
            {
                Error($"Directive @{directive.Name} must include 1 or more locations.", directive.Location);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateArgument(argument);
            }

            if (DirectiveReferences.ReferencesItself(directive, _schema) is { } path)
            {
                Error($"Directive @{directive.Name} must not reference itself, but it does through {path}.", directive.Location);
            }
        }
    }

    private void ValidateArgument(Argument argument)
    {
        ValidateName(argument.Name, argument.Location);
        if (!argument.Type.IsInputType())
        {
            Error($"The type of {argument.Coordinate} must be Input Type but got: {argument.Type}.", argument.Location);
        }

        if (argument.IsRequired && argument.IsDeprecated)
        {
            Error($"Required argument {argument.Coordinate} cannot be deprecated.", argument.Location);
        }

        ValidateDefaultValue(argument);
    }

    /// <summary>Spec 3.6.1 and 3.10: a default value must be compatible with the input type by its coercion rules.</summary>
    private void ValidateDefaultValue(InputValue value)
    {
        if (value.DefaultValue is null || !value.Type.IsInputType())
        {
            return;
        }

        foreach (var (message, path) in ValueLiterals.Validate(value.DefaultValue, value.Type))
        {
            var at = path.Length == 0 ? string.Empty : " at " + path;
            Error($"{value.Coordinate} has invalid default value{at}: {message}", value.DefaultValue.Location ?? value.Location);
        }
    }

    /// <summary>Spec 3 "Schema": names beginning with "__" are reserved for introspection.</summary>
    private void ValidateName(string name, Location? location)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Error($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", location);
        }
    }

    private static string AndList(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => items[0] + " and " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
