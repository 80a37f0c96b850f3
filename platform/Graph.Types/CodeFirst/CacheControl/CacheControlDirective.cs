using Graph.Language;

namespace Graph.Types;

/// <summary>
/// <c>@cacheControl</c>, Apollo's cache hint: how long (<c>maxAge</c>, seconds) and for whom (<c>scope</c>) a response
/// containing the field or type may be cached; <c>inheritMaxAge</c> takes the parent field's maxAge instead. Fields
/// and types without a hint are not cacheable (except leaf fields, which inherit from their parent). Composition merges
/// the hints into the execution schema and the gateway's response cache reads them (docs/fusion.md "Response cache").
/// </summary>
public static class CacheControlDirective
{
    public const string Name = "cacheControl";
    public const string ScopeTypeName = "CacheControlScope";
    public const string MaxAgeArgument = "maxAge";
    public const string ScopeArgument = "scope";
    public const string InheritMaxAgeArgument = "inheritMaxAge";

    /// <summary>
    /// A <c>@cacheControl</c> directive's arguments as written; a negative or unparsable <c>maxAge</c> counts as none.
    /// Composition (merging the subgraphs' hints) and the gateway (reading the merged ones) read them alike.
    /// </summary>
    public static (int? MaxAge, bool IsPrivate, bool InheritMaxAge) ReadArguments(DirectiveNode directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        int? maxAge = null;
        var isPrivate = false;
        var inherit = false;
        foreach (var argument in directive.Arguments)
        {
            switch (argument.Name.Value, argument.Value)
            {
                case (MaxAgeArgument, IntValueNode value) when int.TryParse(value.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    maxAge = seconds;
                    break;
                case (ScopeArgument, EnumValueNode scope):
                    isPrivate = scope.Value == "PRIVATE";
                    break;
                case (InheritMaxAgeArgument, BooleanValueNode flag):
                    inherit = flag.Value;
                    break;
            }
        }

        return (maxAge, isPrivate, inherit);
    }

    /// <summary>The definitions as SDL (Apollo's shape).</summary>
    public const string Sdl = """
        "Who may share a cached response (`@cacheControl`)."
        enum CacheControlScope {
          "Any caller may be served the cached response."
          PUBLIC
          "Only the same user may be served the cached response."
          PRIVATE
        }

        "How long (seconds) and for whom a response containing this field or type may be cached; without a hint it is not cached (leaf fields inherit their parent's)."
        directive @cacheControl(
          "Seconds the response may be cached."
          maxAge: Int
          "PRIVATE: cached per user."
          scope: CacheControlScope
          "Take the parent field's maxAge."
          inheritMaxAge: Boolean
        ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
        """;

    /// <summary>Adds the enum and the directive unless the schema already defines them (SDL that declares them still works).</summary>
    public static SchemaBuilder AddCacheControlDirective(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var document = Parser.Parse(Sdl, ParserOptions.TypeSystem);
        var missing = document.Definitions.Where(definition => definition switch
        {
            EnumTypeDefinitionNode scope => builder.FindType(scope.Name.Value) is null,
            DirectiveDefinitionNode directive => !builder.DirectiveDefinitions.Exists(d => d.Name == directive.Name.Value),
            _ => false,
        }).ToArray();
        return missing.Length == 0 ? builder : builder.AddDocument(new DocumentNode(missing));
    }

    /// <summary>The usage <c>@cacheControl(...)</c>; null arguments are left out.</summary>
    public static DirectiveUsage Usage(int? maxAge, CacheControlScope? scope = null, bool inheritMaxAge = false)
    {
        if (maxAge is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge, "maxAge is a number of seconds, 0 or more.");
        }

        var arguments = new List<(string, ValueNode)>();
        if (maxAge is { } seconds)
        {
            arguments.Add((MaxAgeArgument, new IntValueNode(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (scope is { } s)
        {
            arguments.Add((ScopeArgument, new EnumValueNode(s == CacheControlScope.Private ? "PRIVATE" : "PUBLIC")));
        }

        if (inheritMaxAge)
        {
            arguments.Add((InheritMaxAgeArgument, new BooleanValueNode(true)));
        }

        return DirectiveUsage.Create(Name, [.. arguments]);
    }

    /// <summary><c>@cacheControl</c> on a field, object, interface or union type built in code.</summary>
    public static T CacheControl<T>(this T element, int? maxAge, CacheControlScope? scope = null, bool inheritMaxAge = false)
        where T : DefinitionBuilder
    {
        ArgumentNullException.ThrowIfNull(element);
        element.Directives.Add(Usage(maxAge, scope, inheritMaxAge));
        return element;
    }
}
