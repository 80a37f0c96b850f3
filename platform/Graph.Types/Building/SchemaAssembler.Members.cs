using Graph.Language;

namespace Graph.Types;

internal sealed partial class SchemaAssembler
{
    private void CompleteType(TypeBuilder typeBuilder, INamedType type)
    {
        switch (type)
        {
            case ObjectType obj:
                var objectBuilder = (ComplexTypeBuilder)typeBuilder;
                obj.Complete(ResolveInterfaces(objectBuilder), CreateFields(objectBuilder, isObject: true));
                break;
            case InterfaceType iface:
                var interfaceBuilder = (ComplexTypeBuilder)typeBuilder;
                iface.Complete(ResolveInterfaces(interfaceBuilder), CreateFields(interfaceBuilder, isObject: false));
                break;
            case UnionType union:
                union.Complete(ResolveMembers((UnionTypeBuilder)typeBuilder));
                break;
            case InputObjectType input:
                input.Complete(CreateInputFields((InputObjectTypeBuilder)typeBuilder));
                break;
        }
    }

    private List<InterfaceType> ResolveInterfaces(ComplexTypeBuilder type)
    {
        var result = new List<InterfaceType>();
        foreach (var name in type.Interfaces)
        {
            if (!_types.TryGetValue(name, out var resolved))
            {
                Error($"Unknown type \"{name}\".", type.Location);
            }
            else if (resolved is InterfaceType iface)
            {
                result.Add(iface);
            }
            else
            {
                Error($"Type {type.Name} must only implement Interface types, it cannot implement {name}.", type.Location);
            }
        }

        return result;
    }

    private List<ObjectType> ResolveMembers(UnionTypeBuilder union)
    {
        var result = new List<ObjectType>();
        foreach (var name in union.Types)
        {
            if (!_types.TryGetValue(name, out var resolved))
            {
                Error($"Unknown type \"{name}\".", union.Location);
            }
            else if (resolved is ObjectType obj)
            {
                result.Add(obj);
            }
            else
            {
                Error($"Union type {union.Name} can only include Object types, it cannot include {name}.", union.Location);
            }

            if (resolved is not ObjectType)
            {
                _incompleteTypes.Add(union.Name);
            }
        }

        return result;
    }

    private List<OutputField> CreateFields(ComplexTypeBuilder type, bool isObject)
    {
        var result = new List<OutputField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!seen.Add(field.Name))
            {
                Error($"Field \"{type.Name}.{field.Name}\" can only be defined once.", field.Location);
                continue;
            }

            var fieldType = ResolveTypeReference(field.Type, field.Location);
            var arguments = CreateArguments(field.Arguments, $"{type.Name}.{field.Name}");
            if (fieldType is null)
            {
                _incompleteTypes.Add(type.Name);
                continue;
            }

            var resolver = field.Resolver ?? builder.FindResolver(type.Name, field.Name) ?? (isObject ? builder.DefaultFieldResolver : null);
            var subscribe = field.SubscribeResolver ?? builder.FindSubscriber(type.Name, field.Name);
            result.Add(new OutputField(field.Name, fieldType, arguments, field.Description, new DirectiveUsageList(field.Directives), resolver, subscribe, field.Location));
        }

        return result;
    }

    private List<Argument> CreateArguments(List<InputValueBuilder> arguments, string owner)
    {
        var result = new List<Argument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!seen.Add(argument.Name))
            {
                Error($"Argument \"{owner}({argument.Name}:)\" can only be defined once.", argument.Location);
                continue;
            }

            var type = ResolveTypeReference(argument.Type, argument.Location);
            if (type is null)
            {
                continue;
            }

            var defaultValue = DefaultLiteral(argument, type, $"{owner}({argument.Name}:)");
            result.Add(new Argument(argument.Name, type, argument.Description, defaultValue, new DirectiveUsageList(argument.Directives), argument.Location));
        }

        return result;
    }

    private List<InputField> CreateInputFields(InputObjectTypeBuilder input)
    {
        var result = new List<InputField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!seen.Add(field.Name))
            {
                Error($"Field \"{input.Name}.{field.Name}\" can only be defined once.", field.Location);
                continue;
            }

            var type = ResolveTypeReference(field.Type, field.Location);
            if (type is null)
            {
                _incompleteTypes.Add(input.Name);
                continue;
            }

            var defaultValue = DefaultLiteral(field, type, $"{input.Name}.{field.Name}");
            result.Add(new InputField(field.Name, type, field.Description, defaultValue, new DirectiveUsageList(field.Directives), field.Location)
            {
                RuntimeProperty = field.RuntimeProperty,
            });
        }

        return result;
    }

    /// <summary>The default as a literal; a default given as an internal value is converted through its type.</summary>
    private ValueNode? DefaultLiteral(InputValueBuilder value, IType type, string coordinate)
    {
        if (value.DefaultValue is not null || !value.HasDefaultRuntimeValue)
        {
            return value.DefaultValue;
        }

        try
        {
            return ValueLiterals.FromInternalValue(value.DefaultRuntimeValue, type);
        }
        catch (CoercionException exception)
        {
            Error($"{coordinate} has invalid default value: {exception.Message}", value.Location);
            return null;
        }
    }

    private IType? ResolveTypeReference(TypeNode node, Location? fallbackLocation)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                var inner = ResolveTypeReference(nonNull.Type, fallbackLocation);
                return inner is null or NonNullType ? inner : new NonNullType(inner);
            case ListTypeNode list:
                var item = ResolveTypeReference(list.Type, fallbackLocation);
                return item is null ? null : new ListType(item);
            case NamedTypeNode named:
                if (_types.TryGetValue(named.Name.Value, out var type))
                {
                    return type;
                }

                Error($"Unknown type \"{named.Name.Value}\".", named.Location ?? fallbackLocation);
                return null;
            default:
                return null;
        }
    }

    /// <summary>Resolvers bound to fields that do not exist are mistakes (a renamed field, a typo): report them.</summary>
    private void CheckBindings()
    {
        foreach (var coordinate in builder.BoundFieldCoordinates)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            var typeName = coordinate[..dot];
            var fieldName = coordinate[(dot + 1)..];
            if (!_types.TryGetValue(typeName, out var type) || type is not ObjectType obj)
            {
                Error($"A resolver is bound to \"{coordinate}\", but the schema has no object type \"{typeName}\".");
            }
            else if (!obj.Fields.ContainsName(fieldName))
            {
                Error($"A resolver is bound to \"{coordinate}\", but type \"{typeName}\" has no field \"{fieldName}\".");
            }
        }
    }
}
