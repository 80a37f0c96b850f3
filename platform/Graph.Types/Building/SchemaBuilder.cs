using Graph.Language;
using Graph.Types.Resolvers;

namespace Graph.Types;

/// <summary>
/// Mutable schema definition: types, directives, root types and resolver bindings, filled from code, from SDL
/// (<see cref="AddDocument"/>) or both; <see cref="Build"/> validates it (spec 3) and returns an immutable <see cref="Schema"/>.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<TypeBuilder> _types = [];
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscribeResolver> _subscribers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarCoercion> _scalarBindings = new(StringComparer.Ordinal);

    public string? Description { get; set; }

    /// <summary>Directives applied to the schema (<c>schema @x { ... }</c>).</summary>
    public List<DirectiveUsage> SchemaDirectives { get; } = [];

    /// <summary>The query root type's name; null means the default root type name <c>Query</c> (spec 3.3.1).</summary>
    public string? QueryTypeName { get; set; }

    public string? MutationTypeName { get; set; }

    public string? SubscriptionTypeName { get; set; }

    /// <summary>True when the root types were named by a schema definition (SDL) or set explicitly.</summary>
    public bool HasSchemaDefinition { get; set; }

    public Location? SchemaLocation { get; set; }

    /// <summary>Named types in definition order.</summary>
    public IReadOnlyList<TypeBuilder> Types => _types;

    public List<DirectiveDefinitionBuilder> DirectiveDefinitions { get; } = [];

    /// <summary>The resolver of object fields with none bound; null leaves them to the executor's default.</summary>
    public FieldResolver? DefaultFieldResolver { get; set; }

    /// <summary>Resolves abstract types with no type resolver of their own; null uses <see cref="DefaultResolvers.ResolveType"/>.</summary>
    public TypeResolver? DefaultTypeResolver { get; set; }

    /// <summary>Errors found while reading SDL (unknown extension targets, duplicate schema definitions, ...).</summary>
    internal List<SchemaError> Errors { get; } = [];

    /// <summary>
    /// Run once by the next <see cref="Build"/>, before the schema is assembled: registrations that need to see every
    /// other registration first (code-first types inferred from CLR types) add their definitions here.
    /// </summary>
    internal List<Action<SchemaBuilder>> BeforeBuild { get; } = [];

    /// <summary>
    /// Run once by the next <see cref="Build"/>, after every <see cref="BeforeBuild"/> action: additions that need the
    /// complete set of definitions, code-first ones included (Apollo Federation's <c>_Entity</c> union of every entity).
    /// </summary>
    internal List<Action<SchemaBuilder>> BeforeAssemble { get; } = [];

    public TypeBuilder? FindType(string name) => _types.Find(t => t.Name == name);

    /// <summary>Adds a type; a second type with the same name is an error reported by <see cref="Build"/>.</summary>
    public T AddType<T>(T type)
        where T : TypeBuilder
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
        return type;
    }

    public SchemaBuilder AddObjectType(string name, Action<ObjectTypeBuilder> configure) => Configure(new ObjectTypeBuilder(name), configure);

    public SchemaBuilder AddInterfaceType(string name, Action<InterfaceTypeBuilder> configure) => Configure(new InterfaceTypeBuilder(name), configure);

    public SchemaBuilder AddUnionType(string name, params string[] members) => Configure(new UnionTypeBuilder(name), u => u.Members(members));

    public SchemaBuilder AddEnumType(string name, Action<EnumTypeBuilder> configure) => Configure(new EnumTypeBuilder(name), configure);

    public SchemaBuilder AddInputObjectType(string name, Action<InputObjectTypeBuilder> configure) => Configure(new InputObjectTypeBuilder(name), configure);

    /// <summary>Adds a scalar with its coercion, description and directives (for example <see cref="BuiltInScalars.DateTime"/>).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        var builder = new ScalarTypeBuilder(scalar.Name) { Coercion = scalar.Coercion, Description = scalar.Description, Location = scalar.Location };
        builder.Directives.AddRange(scalar.Directives);
        AddType(builder);
        return this;
    }

    public SchemaBuilder AddDirective(string name, Action<DirectiveDefinitionBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var directive = new DirectiveDefinitionBuilder(name);
        configure(directive);
        DirectiveDefinitions.Add(directive);
        return this;
    }

    /// <summary>Adds the definitions of an SDL document (spec 3), merging type and schema extensions.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        SdlReader.Read(this, document);
        return this;
    }

    /// <summary>Parses SDL and adds its definitions; syntax errors throw <see cref="GraphQLSyntaxException"/>.</summary>
    public SchemaBuilder AddSdl(string sdl) => AddDocument(Parser.Parse(sdl, ParserOptions.TypeSystem));

    /// <summary>Binds the resolver of field <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[typeName + "." + fieldName] = resolver;
        return this;
    }

    /// <summary>Binds the source stream of subscription field <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder BindSubscribe(string typeName, string fieldName, SubscribeResolver subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        _subscribers[typeName + "." + fieldName] = subscribe;
        return this;
    }

    /// <summary>Binds how values of interface or union <paramref name="typeName"/> find their object type.</summary>
    public SchemaBuilder BindTypeResolver(string typeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[typeName] = resolver;
        return this;
    }

    /// <summary>Binds the coercion rules of scalar <paramref name="scalarName"/> (for scalars declared in SDL).</summary>
    public SchemaBuilder BindScalar(string scalarName, ScalarCoercion coercion)
    {
        ArgumentNullException.ThrowIfNull(coercion);
        _scalarBindings[scalarName] = coercion;
        return this;
    }

    /// <summary>
    /// Default property resolvers over a JSON root value (<see cref="System.Text.Json.JsonElement"/>): a field reads
    /// the property of the same name; abstract types resolve through a <c>__typename</c> property.
    /// </summary>
    public SchemaBuilder UseJsonDefaultResolvers()
    {
        DefaultFieldResolver = DefaultResolvers.JsonProperty;
        DefaultTypeResolver = DefaultResolvers.ResolveType;
        return this;
    }

    /// <summary>Validates the definitions (spec 3) and builds the immutable schema.</summary>
    /// <exception cref="SchemaValidationException">The schema is invalid; every error is listed.</exception>
    public Schema Build()
    {
        var pending = BeforeBuild.ToArray();
        BeforeBuild.Clear();
        foreach (var action in pending)
        {
            action(this);
        }

        var finishing = BeforeAssemble.ToArray();
        BeforeAssemble.Clear();
        foreach (var action in finishing)
        {
            action(this);
        }

        return new SchemaAssembler(this).Assemble();
    }

    internal FieldResolver? FindResolver(string typeName, string fieldName) => _resolvers.GetValueOrDefault(typeName + "." + fieldName);

    internal SubscribeResolver? FindSubscriber(string typeName, string fieldName) => _subscribers.GetValueOrDefault(typeName + "." + fieldName);

    internal TypeResolver? FindTypeResolver(string typeName) => _typeResolvers.GetValueOrDefault(typeName);

    internal ScalarCoercion? FindScalarBinding(string scalarName) => _scalarBindings.GetValueOrDefault(scalarName);

    internal IEnumerable<string> BoundFieldCoordinates => _resolvers.Keys.Concat(_subscribers.Keys);

    private SchemaBuilder Configure<T>(T type, Action<T> configure)
        where T : TypeBuilder
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(type);
        AddType(type);
        return this;
    }
}
