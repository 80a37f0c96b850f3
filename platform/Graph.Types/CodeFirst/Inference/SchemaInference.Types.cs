using System.Reflection;

namespace Graph.Types.CodeFirst;

internal sealed partial class SchemaInference
{
    /// <summary>
    /// The object, interface or union type of a CLR type, created on first use and completed later (types refer to each
    /// other). A type of that name already in the builder (from SDL) is used as it is.
    /// </summary>
    private string? EnsureOutput(Type type, string where)
    {
        if (_outputs.TryGetValue(type, out var known))
        {
            return known.Name;
        }

        if (type.IsDefined(typeof(GraphQLIgnoreAttribute), false))
        {
            Error($"{where}: {type.Name} is marked [GraphQLIgnore] but is used as a field type.");
            return null;
        }

        var isUnion = type.IsDefined(typeof(UnionTypeAttribute), false);
        var isInterface = !isUnion && (type.IsInterface || type.IsAbstract || type.IsDefined(typeof(InterfaceTypeAttribute), false));
        var name = Naming.TypeName(type);
        if (!ClaimName(name, type, where))
        {
            return null;
        }

        if (_builder.FindType(name) is { } declared)
        {
            // Declared in SDL: the CLR type only supplies runtime values, read by the default property resolver.
            _outputs[type] = declared;
            _declaredElsewhere.Add(declared);
            return name;
        }

        TypeBuilder created = isUnion ? new UnionTypeBuilder(name)
            : isInterface ? new InterfaceTypeBuilder(name)
            : new ObjectTypeBuilder(name) { RuntimeType = type };
        created.Description = Attribute<GraphQLDescriptionAttribute>(type)?.Description;
        _builder.AddType(created);
        _outputs[type] = created;
        _pending.Enqueue(() => CompleteOutput(type, created));
        return name;
    }

    private void CompleteOutput(Type type, TypeBuilder created)
    {
        if (created is ComplexTypeBuilder complex)
        {
            AddFields(complex, type, type, FieldSource.ObjectMember);
            foreach (var extension in _extensions.GetValueOrDefault(type) ?? [])
            {
                AddFields(complex, extension, type, FieldSource.ResolverClass);
                Configure(complex, extension);
            }
        }

        Configure(created, type);
    }

    private string? EnsureEnum(Type type, string where)
    {
        if (_enums.TryGetValue(type, out var known))
        {
            return known.Name;
        }

        var name = Naming.TypeName(type);
        if (!ClaimName(name, type, where))
        {
            return null;
        }

        var enumType = new EnumTypeBuilder(name) { RuntimeType = type, Description = Attribute<GraphQLDescriptionAttribute>(type)?.Description };
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            if (field.IsDefined(typeof(GraphQLIgnoreAttribute), false))
            {
                continue;
            }

            enumType.Value(Naming.EnumValueName(field), value =>
            {
                value.Value = field.GetValue(null);
                value.Description = Attribute<GraphQLDescriptionAttribute>(field)?.Description;
                ApplyDeprecation(value, field);
                Configure(value, field);
            });
        }

        Configure(enumType, type);
        _builder.AddType(enumType);
        _enums[type] = enumType;
        return name;
    }

    /// <summary>
    /// Classes of the registered assemblies implementing an interface type or belonging to a union type found so far
    /// become object types too; true when any was added (their fields may reach more interfaces).
    /// </summary>
    private bool DiscoverImplementations()
    {
        var abstractTypes = _outputs.Where(o => o.Value is InterfaceTypeBuilder or UnionTypeBuilder).Select(o => o.Key).ToList();
        var added = false;
        foreach (var candidate in Candidates())
        {
            if (!_outputs.ContainsKey(candidate) && abstractTypes.Exists(a => a != candidate && a.IsAssignableFrom(candidate)))
            {
                added |= EnsureOutput(candidate, $"implementation {candidate.Name}") is not null;
            }
        }

        return added;
    }

    private IEnumerable<Type> Candidates() => _registration.Assemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => (t.IsClass || (t.IsValueType && !t.IsEnum)) && !t.IsAbstract && !t.IsGenericTypeDefinition
            && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)
            && !t.IsDefined(typeof(GraphQLIgnoreAttribute), false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Object types list the interface types their CLR type implements (transitively, spec 3.6); unions their members.</summary>
    private void LinkAbstractTypes()
    {
        var order = _builder.Types.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var objectTypes = _outputs.Where(o => o.Value is ObjectTypeBuilder).ToList();
        foreach (var (clrType, typeBuilder) in _outputs)
        {
            switch (typeBuilder)
            {
                case ComplexTypeBuilder complex when !_declaredElsewhere.Contains(complex):
                    var interfaces = _outputs
                        .Where(o => o.Value is InterfaceTypeBuilder && o.Key != clrType && o.Key.IsAssignableFrom(clrType))
                        .Select(o => o.Value)
                        .OrderBy(i => order[i])
                        .Select(i => i.Name);
                    complex.Interfaces.AddRange(interfaces.Where(i => !complex.Interfaces.Contains(i)));
                    break;
                case UnionTypeBuilder union when !_declaredElsewhere.Contains(union):
                    union.Types.AddRange(objectTypes.Where(o => clrType.IsAssignableFrom(o.Key)).Select(o => o.Value).OrderBy(o => order[o]).Select(o => o.Name));
                    break;
            }
        }

        var resolver = new ClrTypeResolver(objectTypes.ToDictionary(o => o.Key, o => o.Value.Name));
        foreach (var typeBuilder in _outputs.Values.Where(t => !_declaredElsewhere.Contains(t)))
        {
            switch (typeBuilder)
            {
                case InterfaceTypeBuilder { ResolveType: null } iface:
                    iface.ResolveType = resolver.Resolve;
                    break;
                case UnionTypeBuilder { ResolveType: null } union:
                    union.ResolveType = resolver.Resolve;
                    break;
            }
        }
    }

    /// <summary>Runs the descriptor attributes (directives, custom hooks) of a CLR element on its definition.</summary>
    private static void Configure(DefinitionBuilder definition, ICustomAttributeProvider element, Func<GraphQLDescriptorAttribute, bool>? include = null)
    {
        foreach (var descriptor in element.GetCustomAttributes(typeof(GraphQLDescriptorAttribute), false).Cast<GraphQLDescriptorAttribute>())
        {
            if (include?.Invoke(descriptor) == false)
            {
                continue;
            }

            descriptor.OnConfigure(definition, element);
        }
    }

    private static void ApplyDeprecation(DefinitionBuilder definition, ICustomAttributeProvider element)
    {
        if (Attribute<GraphQLDeprecatedAttribute>(element) is { } deprecated)
        {
            definition.Directives.Add(BuiltInDirectives.DeprecatedUsage(deprecated.Reason));
        }
        else if (Attribute<ObsoleteAttribute>(element) is { } obsolete)
        {
            definition.Directives.Add(BuiltInDirectives.DeprecatedUsage(obsolete.Message));
        }
    }
}
