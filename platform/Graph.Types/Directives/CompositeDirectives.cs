using Graph.Language;

namespace Graph.Types;

/// <summary>
/// The source schema directives of the GraphQL Composite Schemas spec (section 2 "Source Schema"): their definitions,
/// and helpers to apply them to types, fields and arguments from code. Definitions follow the spec text exactly,
/// including its scalar names <c>FieldSelectionSet</c> and <c>FieldSelectionMap</c> (both strings).
/// </summary>
public static class CompositeDirectives
{
    public const string KeyName = "key";
    public const string LookupName = "lookup";
    public const string InternalName = "internal";
    public const string InaccessibleName = "inaccessible";
    public const string ShareableName = "shareable";
    public const string RequireName = "require";
    public const string IsName = "is";
    public const string ProvidesName = "provides";
    public const string ExternalName = "external";
    public const string OverrideName = "override";

    /// <summary>The definitions as SDL (composite schemas spec section 2).</summary>
    public const string Sdl = """
        scalar FieldSelectionSet

        scalar FieldSelectionMap

        directive @lookup on FIELD_DEFINITION

        directive @internal on OBJECT | FIELD_DEFINITION

        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        directive @is(field: FieldSelectionMap!) on ARGUMENT_DEFINITION

        directive @require(field: FieldSelectionMap!) on ARGUMENT_DEFINITION

        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE

        directive @shareable repeatable on OBJECT | FIELD_DEFINITION

        directive @provides(fields: FieldSelectionSet!) on FIELD_DEFINITION

        directive @external on FIELD_DEFINITION

        directive @override(from: String!) on FIELD_DEFINITION
        """;

    /// <summary>Adds the definitions the schema does not already have (so SDL that declares some of them still works).</summary>
    public static SchemaBuilder AddCompositeDirectives(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var document = Parser.Parse(Sdl, ParserOptions.TypeSystem);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ScalarTypeDefinitionNode scalar when builder.FindType(scalar.Name.Value) is null:
                    builder.AddType(new ScalarTypeBuilder(scalar.Name.Value) { Coercion = new StringCoercion() });
                    break;
                case DirectiveDefinitionNode directive when !builder.DirectiveDefinitions.Exists(d => d.Name == directive.Name.Value):
                    builder.DirectiveDefinitions.Add(SdlDefinitions.ReadDirective(directive));
                    break;
            }
        }

        builder.BindScalar("FieldSelectionSet", new StringCoercion());
        builder.BindScalar("FieldSelectionMap", new StringCoercion());
        return builder;
    }

    public static DirectiveUsage KeyUsage(string fields) => DirectiveUsage.Create(KeyName, ("fields", new StringValueNode(fields)));

    public static DirectiveUsage ProvidesUsage(string fields) => DirectiveUsage.Create(ProvidesName, ("fields", new StringValueNode(fields)));

    public static DirectiveUsage RequireUsage(string field) => DirectiveUsage.Create(RequireName, ("field", new StringValueNode(field)));

    public static DirectiveUsage IsUsage(string field) => DirectiveUsage.Create(IsName, ("field", new StringValueNode(field)));

    public static DirectiveUsage OverrideUsage(string from) => DirectiveUsage.Create(OverrideName, ("from", new StringValueNode(from)));

    /// <summary><c>@key(fields: "...")</c> on an object or interface type (repeatable).</summary>
    public static T Key<T>(this T type, string fields)
        where T : ComplexTypeBuilder => Apply(type, KeyUsage(fields));

    /// <summary><c>@lookup</c> on a field that resolves an entity by key.</summary>
    public static FieldBuilder Lookup(this FieldBuilder field) => Apply(field, new DirectiveUsage(LookupName));

    /// <summary><c>@internal</c> on an object type or field.</summary>
    public static T Internal<T>(this T element)
        where T : DefinitionBuilder => Apply(element, new DirectiveUsage(InternalName));

    /// <summary><c>@inaccessible</c> on any type system member it allows.</summary>
    public static T Inaccessible<T>(this T element)
        where T : DefinitionBuilder => Apply(element, new DirectiveUsage(InaccessibleName));

    /// <summary><c>@shareable</c> on an object type or field.</summary>
    public static T Shareable<T>(this T element)
        where T : DefinitionBuilder => Apply(element, new DirectiveUsage(ShareableName));

    /// <summary><c>@require(field: "...")</c> on an argument.</summary>
    public static InputValueBuilder Require(this InputValueBuilder argument, string field) => Apply(argument, RequireUsage(field));

    /// <summary><c>@is(field: "...")</c> on an argument.</summary>
    public static InputValueBuilder Is(this InputValueBuilder argument, string field) => Apply(argument, IsUsage(field));

    /// <summary><c>@provides(fields: "...")</c> on a field.</summary>
    public static FieldBuilder Provides(this FieldBuilder field, string fields) => Apply(field, ProvidesUsage(fields));

    /// <summary><c>@external</c> on a field.</summary>
    public static FieldBuilder External(this FieldBuilder field) => Apply(field, new DirectiveUsage(ExternalName));

    /// <summary><c>@override(from: "...")</c> on a field.</summary>
    public static FieldBuilder Override(this FieldBuilder field, string from) => Apply(field, OverrideUsage(from));

    private static T Apply<T>(T element, DirectiveUsage usage)
        where T : DefinitionBuilder
    {
        element.Directives.Add(usage);
        return element;
    }
}
