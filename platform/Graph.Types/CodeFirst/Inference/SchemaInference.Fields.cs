using System.Reflection;
using System.Runtime.CompilerServices;
using Graph.Language;

namespace Graph.Types.CodeFirst;

/// <summary>Where a field's member lives, which decides what its resolver calls the member on.</summary>
internal enum FieldSource
{
    /// <summary>A member of the object's own CLR type: called on the parent value.</summary>
    ObjectMember,

    /// <summary>A member of a root or extension class: static, or called on an instance from the request's services.</summary>
    ResolverClass,

    /// <summary>A member of a subscription class: returns the source stream.</summary>
    Subscription,
}

internal sealed partial class SchemaInference
{
    private static readonly HashSet<string> ExcludedMethods = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "Finalize", "MemberwiseClone", "Dispose", "DisposeAsync",
        "GetEnumerator", "GetAsyncEnumerator", "CompareTo", "Clone",
    };

    private readonly Dictionary<FieldBuilder, MemberInfo> _fieldOrigins = [];

    private void AddFields(ComplexTypeBuilder target, Type declaring, Type parentType, FieldSource source)
    {
        foreach (var member in Members(declaring, source))
        {
            if (CreateField(member, parentType, source, target is InterfaceTypeBuilder) is not { } field)
            {
                continue;
            }

            var index = target.Fields.FindIndex(f => f.Name == field.Name);
            if (index < 0)
            {
                target.Fields.Add(field);
            }
            else if (!_fieldOrigins.TryGetValue(target.Fields[index], out var previous) || Replaces(member, previous, parentType, source))
            {
                target.Fields[index] = field;
            }
            else
            {
                Error($"{Describe(member)}: field \"{target.Name}.{field.Name}\" is also defined by {Describe(previous)}; rename one with [GraphQLName] or [GraphQLIgnore] it.");
                continue;
            }

            _fieldOrigins[field] = member;
        }
    }

    /// <summary>
    /// A derived class's member replaces its base class's; an extension's member replaces the extended type's own
    /// (or an SDL field). Any other second definition of a field is ambiguous.
    /// </summary>
    private static bool Replaces(MemberInfo member, MemberInfo previous, Type parentType, FieldSource source) =>
        previous.DeclaringType != member.DeclaringType
        && previous.DeclaringType!.IsAssignableFrom(source == FieldSource.ObjectMember ? member.DeclaringType : parentType);

    /// <summary>The members that become fields, base classes first, each class in declaration order.</summary>
    private static IEnumerable<MemberInfo> Members(Type type, FieldSource source)
    {
        var objectMember = source == FieldSource.ObjectMember;
        var flags = BindingFlags.Public | BindingFlags.DeclaredOnly | BindingFlags.Instance | (objectMember ? 0 : BindingFlags.Static);
        IEnumerable<Type> chain = type.IsInterface
            ? type.GetInterfaces().Where(i => !IsFrameworkType(i)).Reverse().Append(type)
            : Hierarchy(type);
        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetProperties(flags).OrderBy(p => p.MetadataToken))
            {
                if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 && !property.IsDefined(typeof(GraphQLIgnoreAttribute), false))
                {
                    yield return property;
                }
            }

            foreach (var method in declaring.GetMethods(flags).OrderBy(m => m.MetadataToken))
            {
                if (IsFieldMethod(method, objectMember))
                {
                    yield return method;
                }
            }
        }
    }

    private static IEnumerable<Type> Hierarchy(Type type)
    {
        var chain = new List<Type>();
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        return chain;
    }

    private static bool IsFieldMethod(MethodInfo method, bool objectMember) =>
        !method.IsSpecialName && !method.IsGenericMethodDefinition && !method.Name.Contains('<', StringComparison.Ordinal)
        && !ExcludedMethods.Contains(method.Name) && !method.IsDefined(typeof(GraphQLIgnoreAttribute), false)
        && !method.IsDefined(typeof(CompilerGeneratedAttribute), false)
        && !method.GetParameters().Any(p => p.ParameterType.IsByRef)
        // Methods of the object's own type that return nothing are behaviour, not fields; on a resolver class they are mistakes.
        && !(objectMember && ClrTypes.UnwrapResult(method.ReturnType, null).Kind == ResultKind.Void);

    private FieldBuilder? CreateField(MemberInfo member, Type parentType, FieldSource source, bool isInterface)
    {
        var where = Describe(member);
        ICustomAttributeProvider attributes = member is PropertyInfo p ? new MemberAttributes(p) : member;
        var (returnType, returnInfo, parameters) = member switch
        {
            PropertyInfo property => (property.PropertyType, ClrTypes.Of(property), Array.Empty<ParameterInfo>()),
            MethodInfo method => (method.ReturnType, ClrTypes.Of(method.ReturnParameter), method.GetParameters()),
            _ => throw new ArgumentException($"{where} is neither a property nor a method.", nameof(member)),
        };

        var result = ClrTypes.UnwrapResult(returnType, returnInfo);
        if (result.Kind == ResultKind.Void)
        {
            Error($"{where} returns no value; a field must return one (a mutation returns its payload).");
            return null;
        }

        var stream = StreamOf(result, source);
        if (source == FieldSource.Subscription && stream is null)
        {
            Error($"{where}: a subscription field returns its source stream, an IAsyncEnumerable<T>; it returns {returnType}.");
            return null;
        }

        var (valueType, valueInfo) = stream is { } s ? (s.Element, s.ElementInfo)
            : result.Kind == ResultKind.AsyncEnumerable ? (typeof(IEnumerable<>).MakeGenericType(result.Type), result.Info)
            : (result.Type, result.Info);
        var type = OutputType(valueType, valueInfo, attributes, where);
        if (type is null)
        {
            return null;
        }

        var field = new FieldBuilder(Attribute<GraphQLNameAttribute>(attributes)?.Name ?? Naming.FieldName(member), type)
        {
            Description = Attribute<GraphQLDescriptionAttribute>(attributes)?.Description,
        };
        ApplyDeprecation(field, attributes);
        var bindings = new List<ParameterBinding>();
        foreach (var parameter in parameters)
        {
            if (BindParameter(parameter, field) is not { } binding)
            {
                return null;
            }

            bindings.Add(binding);
        }

        if (!isInterface)
        {
            var call = new ResolverCall(member, source == FieldSource.ObjectMember, bindings, stream is not null ? stream.Value.Kind : result.Kind, stream is not null);
            try
            {
                if (stream is not null)
                {
                    field.SubscribeResolver = _compiler.CompileSubscribe(call);
                    field.Resolver = ResolverCompiler.EventValue;
                }
                else
                {
                    field.Resolver = _compiler.CompileResolver(call);
                }
            }
            catch (InvalidOperationException exception)
            {
                Error($"{where}: {exception.Message}");
                return null;
            }
        }

        Configure(field, attributes);
        return field;
    }

    /// <summary>The element of a source stream: <c>IAsyncEnumerable&lt;T&gt;</c>, possibly returned through a task.</summary>
    private static (ResultKind Kind, Type Element, NullabilityInfo? ElementInfo)? StreamOf((ResultKind Kind, Type Type, NullabilityInfo? Info) result, FieldSource source)
    {
        if (source != FieldSource.Subscription)
        {
            return null;
        }

        if (result.Kind == ResultKind.AsyncEnumerable)
        {
            return (result.Kind, result.Type, result.Info);
        }

        if (result.Kind is ResultKind.Task or ResultKind.ValueTask && result.Type.IsGenericType && result.Type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            return (result.Kind, result.Type.GetGenericArguments()[0], result.Info is { GenericTypeArguments.Length: 1 } info ? info.GenericTypeArguments[0] : null);
        }

        return null;
    }

    private ParameterBinding? BindParameter(ParameterInfo parameter, FieldBuilder field)
    {
        var kind = ParameterRules.Classify(parameter, _registration.ServiceInspector);
        if (kind != ParameterKind.Argument)
        {
            return new ParameterBinding(parameter, kind, null, null, null);
        }

        var where = Describe(parameter);
        if (InputType(parameter.ParameterType, ClrTypes.Of(parameter), parameter, where) is not { } type)
        {
            return null;
        }

        var argument = new InputValueBuilder(Naming.ArgumentName(parameter), type)
        {
            Description = Attribute<GraphQLDescriptionAttribute>(parameter)?.Description,
        };
        ApplyDeprecation(argument, parameter);
        var fallback = ParameterRules.DefaultOf(parameter);
        if (fallback is not null)
        {
            argument.DefaultRuntime(fallback);
        }

        Configure(argument, parameter);
        field.Arguments.Add(argument);
        Func<object?, object?>? converter;
        try
        {
            converter = _converters.For(parameter.ParameterType, parameter.IsDefined(typeof(IDAttribute), false));
        }
        catch (NotSupportedException exception)
        {
            Error($"{where}: {exception.Message}");
            return null;
        }

        return new ParameterBinding(parameter, kind, argument.Name, converter, fallback);
    }
}
