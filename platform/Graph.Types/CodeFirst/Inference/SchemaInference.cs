using System.Reflection;
using Graph.Language;

namespace Graph.Types.CodeFirst;

/// <summary>
/// Infers GraphQL types from CLR types (HotChocolate's conventions) into a <see cref="SchemaBuilder"/>: root classes,
/// extensions, then every type reached from their members, then the implementations of the interfaces and unions
/// found, all in discovery order (the SDL export order). Errors name the CLR member and are thrown together.
/// </summary>
internal sealed partial class SchemaInference
{
    private readonly SchemaBuilder _builder;
    private readonly CodeFirstRegistration _registration;
    private readonly List<SchemaError> _errors = [];
    private readonly Queue<Action> _pending = new();
    private readonly Dictionary<Type, TypeBuilder> _outputs = [];
    private readonly Dictionary<Type, InputObjectTypeBuilder> _inputs = [];
    private readonly Dictionary<Type, InputObjectFactory> _inputFactories = [];
    private readonly Dictionary<Type, EnumTypeBuilder> _enums = [];
    private readonly Dictionary<string, Type> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<Type>> _extensions = [];
    private readonly HashSet<TypeBuilder> _declaredElsewhere = [];
    private readonly HashSet<string> _usedProductScalars = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Where)> _explicitTypes = [];
    private readonly InputConverters _converters;
    private readonly ResolverCompiler _compiler;

    public SchemaInference(SchemaBuilder builder, CodeFirstRegistration registration)
    {
        _builder = builder;
        _registration = registration;
        _converters = new InputConverters(InputFactory);
        _compiler = new ResolverCompiler();
    }

    public void Run()
    {
        var roots = RootContributors();
        foreach (var type in _registration.Types)
        {
            if (ExtendedTypeOf(type) is { } extended)
            {
                if (!_extensions.TryGetValue(extended, out var list))
                {
                    _extensions[extended] = list = [];
                }

                list.Add(type);
            }
        }

        foreach (var (operation, contributors) in roots)
        {
            AddRootFields(operation, contributors);
        }

        foreach (var extended in _extensions.Keys)
        {
            EnsureOutput(extended, $"[ObjectType<{extended.Name}>] on {string.Join(", ", _extensions[extended].Select(t => t.Name))}");
        }

        foreach (var type in _registration.Types.Where(IsExplicitType))
        {
            EnsureExplicit(type);
        }

        Drain();
        while (DiscoverImplementations())
        {
            Drain();
        }

        LinkAbstractTypes();
        AddUsedScalars();
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }
    }

    /// <summary>The T of <c>[ObjectType&lt;T&gt;]</c>, when <paramref name="attributeType"/> is that attribute.</summary>
    public static Type? ExtendedType(Type attributeType) =>
        attributeType.IsGenericType && attributeType.GetGenericTypeDefinition() == typeof(ObjectTypeAttribute<>)
            ? attributeType.GetGenericArguments()[0]
            : null;

    private static Type? ExtendedTypeOf(Type type) =>
        type.GetCustomAttributes(false).Select(a => ExtendedType(a.GetType())).FirstOrDefault(t => t is not null);

    private static bool IsExplicitType(Type type) =>
        type.GetCustomAttributes(false).Any(a => a is ObjectTypeAttribute or InterfaceTypeAttribute or UnionTypeAttribute or InputObjectTypeAttribute or EnumTypeAttribute)
        || (ExtendedTypeOf(type) is null && RootOperation(type) is null);

    private static OperationType? RootOperation(Type type) =>
        type.IsDefined(typeof(QueryTypeAttribute), false) ? OperationType.Query
        : type.IsDefined(typeof(MutationTypeAttribute), false) ? OperationType.Mutation
        : type.IsDefined(typeof(SubscriptionTypeAttribute), false) ? OperationType.Subscription
        : null;

    private List<(OperationType Operation, List<Type> Contributors)> RootContributors()
    {
        var result = new List<(OperationType, List<Type>)>();
        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            var contributors = _registration.Types.Where(t => RootOperation(t) == operation)
                .Concat(_registration.RootTypes.Where(r => r.Operation == operation).Select(r => r.Type))
                .Distinct()
                .ToList();
            if (contributors.Count > 0)
            {
                result.Add((operation, contributors));
            }
        }

        return result;
    }

    private void AddRootFields(OperationType operation, List<Type> contributors)
    {
        var name = operation switch
        {
            OperationType.Query => _builder.QueryTypeName ?? "Query",
            OperationType.Mutation => _builder.MutationTypeName ?? "Mutation",
            _ => _builder.SubscriptionTypeName ?? "Subscription",
        };

        if (_builder.FindType(name) is not ObjectTypeBuilder root)
        {
            if (_builder.FindType(name) is { } other)
            {
                Error($"{contributors[0].Name}: the {operation.ToString().ToLowerInvariant()} root type \"{name}\" is a {other.Kind}, not an object type.");
                return;
            }

            root = _builder.AddType(new ObjectTypeBuilder(name));
        }

        foreach (var contributor in contributors)
        {
            var source = operation == OperationType.Subscription ? FieldSource.Subscription : FieldSource.ResolverClass;
            AddFields(root, contributor, contributor, source);
        }
    }

    private void EnsureExplicit(Type type)
    {
        var where = $"registered type {type.Name}";
        if (type.IsEnum)
        {
            EnsureEnum(type, where);
        }
        else if (type.IsDefined(typeof(InputObjectTypeAttribute), false) || type.IsDefined(typeof(OneOfAttribute), false))
        {
            EnsureInputObject(type, where);
        }
        else
        {
            EnsureOutput(type, where);
        }
    }

    private void Drain()
    {
        while (_pending.TryDequeue(out var next))
        {
            next();
        }
    }

    /// <summary>Claims a GraphQL name for a CLR type; two CLR types with one name is an ambiguity to report.</summary>
    private bool ClaimName(string name, Type type, string where)
    {
        if (_names.TryGetValue(name, out var owner) && owner != type)
        {
            Error($"{where}: {type.FullName} and {owner.FullName} both map to the GraphQL type \"{name}\"; rename one with [GraphQLName].");
            return false;
        }

        _names[name] = type;
        return true;
    }

    private void AddUsedScalars()
    {
        // [GraphQLType] may name a product scalar (added like inferred ones) or any type the schema defines.
        foreach (var (name, where) in _explicitTypes)
        {
            if (BuiltInScalars.Find(name) is { IsBuiltIn: false })
            {
                _usedProductScalars.Add(name);
            }
            else if (!BuiltInScalars.IsSpecifiedScalarName(name) && _builder.FindType(name) is null)
            {
                Error($"{where}: [GraphQLType] names the type \"{name}\", which the schema does not define.");
            }
        }

        foreach (var scalar in BuiltInScalars.Product.Where(s => _usedProductScalars.Contains(s.Name) && _builder.FindType(s.Name) is null))
        {
            _builder.AddScalar(scalar);
        }

        var usesComposite = _builder.Types.SelectMany(AllDirectives).Any(d => IsCompositeDirective(d.Name));
        if (usesComposite)
        {
            _builder.AddCompositeDirectives();
        }

        if (_builder.Types.SelectMany(AllDirectives).Any(d => d.Name == CacheControlDirective.Name))
        {
            _builder.AddCacheControlDirective();
        }
    }

    private static bool IsCompositeDirective(string name) => name is CompositeDirectives.KeyName or CompositeDirectives.LookupName
        or CompositeDirectives.InternalName or CompositeDirectives.InaccessibleName or CompositeDirectives.ShareableName
        or CompositeDirectives.RequireName or CompositeDirectives.IsName or CompositeDirectives.ProvidesName
        or CompositeDirectives.ExternalName or CompositeDirectives.OverrideName;

    private static IEnumerable<DirectiveUsage> AllDirectives(TypeBuilder type)
    {
        IEnumerable<DirectiveUsage> own = type.Directives;
        return type switch
        {
            ComplexTypeBuilder complex => own.Concat(complex.Fields.SelectMany(f => f.Directives.Concat(f.Arguments.SelectMany(a => a.Directives)))),
            InputObjectTypeBuilder input => own.Concat(input.Fields.SelectMany(f => f.Directives)),
            EnumTypeBuilder enumType => own.Concat(enumType.Values.SelectMany(v => v.Directives)),
            _ => own,
        };
    }

    private void Error(string message) => _errors.Add(new SchemaError(message));

    private static string Describe(MemberInfo member) => $"{member.DeclaringType?.Name}.{member.Name}";

    private static string Describe(ParameterInfo parameter) => $"{Describe(parameter.Member)}({parameter.Name})";
}
