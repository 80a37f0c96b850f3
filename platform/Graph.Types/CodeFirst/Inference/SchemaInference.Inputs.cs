using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Types.CodeFirst;

internal sealed partial class SchemaInference
{
    private static readonly MethodInfo ContainsKey = typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.ContainsKey))!;

    private InputObjectFactory InputFactory(Type type)
    {
        if (!_inputFactories.TryGetValue(type, out var factory))
        {
            _inputFactories[type] = factory = new InputObjectFactory();
        }

        return factory;
    }

    /// <summary>The input object type of a CLR class, record or struct used as a parameter (spec 3.10).</summary>
    private string? EnsureInputObject(Type type, string where)
    {
        if (_inputs.TryGetValue(type, out var known))
        {
            return known.Name;
        }

        if (type.IsInterface || type.IsAbstract)
        {
            Error($"{where}: {type.Name} is an interface or abstract class, which can only be an output type; arguments need a concrete class or record.");
            return null;
        }

        var name = Naming.InputTypeName(type);
        if (!ClaimName(name, type, where))
        {
            return null;
        }

        var input = _builder.FindType(name) as InputObjectTypeBuilder;
        var declared = input is not null;
        input ??= new InputObjectTypeBuilder(name) { RuntimeType = type, Description = Attribute<GraphQLDescriptionAttribute>(type)?.Description };
        _inputs[type] = input;
        if (!declared)
        {
            if (type.IsDefined(typeof(OneOfAttribute), false))
            {
                input.OneOf();
            }

            // A record used both ways carries its object type's entity directives (@key, @shareable), which
            // input objects cannot have; of the composite ones only @inaccessible applies to them.
            Configure(input, type, d => d is not CompositeDirectiveAttribute || d is InaccessibleAttribute);
            _builder.AddType(input);
        }

        _pending.Enqueue(() => CompleteInputObject(type, input, declared));
        return name;
    }

    private void CompleteInputObject(Type type, InputObjectTypeBuilder input, bool declared)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(GraphQLIgnoreAttribute), false))
            .OrderBy(p => p.DeclaringType == type ? 1 : 0).ThenBy(p => p.MetadataToken)
            .ToList();
        var constructor = ChooseConstructor(type, properties);
        if (constructor is null && !type.IsValueType)
        {
            Error($"{type.Name}: an input type needs a public constructor whose parameters are named like its properties, or a parameterless one.");
            return;
        }

        var parameters = constructor?.GetParameters() ?? [];
        var fields = new List<(PropertyInfo Property, InputValueBuilder Field, Func<object?, object?>? Converter, ParameterInfo? Parameter)>();
        foreach (var property in properties)
        {
            var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null && property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var attributes = new MemberAttributes(property);
            var where = $"{type.Name}.{property.Name}";
            if (InputType(property.PropertyType, ClrTypes.Of(property), attributes, where) is not { } fieldType)
            {
                continue;
            }

            var field = new InputValueBuilder(Attribute<GraphQLNameAttribute>(attributes)?.Name ?? Naming.FieldName(property), fieldType)
            {
                Description = Attribute<GraphQLDescriptionAttribute>(attributes)?.Description,
                RuntimeProperty = property,
            };
            ApplyDeprecation(field, attributes);
            var defaultValue = (parameter is null ? null : ParameterRules.DefaultOf(parameter)) ?? Attribute<DefaultValueAttribute>(attributes)?.Value;
            if (defaultValue is not null)
            {
                field.DefaultRuntime(defaultValue);
            }

            Configure(field, attributes);
            try
            {
                fields.Add((property, field, _converters.For(property.PropertyType, attributes.IsDefined(typeof(IDAttribute), false)), parameter));
            }
            catch (NotSupportedException exception)
            {
                Error($"{where}: {exception.Message}");
            }
        }

        if (!declared)
        {
            input.Fields.AddRange(fields.Select(f => f.Field));
        }

        InputFactory(type).Create = CompileFactory(type, constructor, fields.Select(f => (f.Property, f.Field.Name, f.Converter, f.Parameter)).ToList());
    }

    /// <summary>The public constructor with the most parameters, all named like properties (a record's primary constructor).</summary>
    private static ConstructorInfo? ChooseConstructor(Type type, List<PropertyInfo> properties) => type.GetConstructors()
        .Where(c => c.GetParameters().All(p => properties.Exists(m => string.Equals(m.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        .OrderByDescending(c => c.GetParameters().Length)
        .FirstOrDefault();

    /// <summary>
    /// <c>fields =&gt; { var value = new T(ctor args); if (fields has "x") value.X = ...; return value; }</c>: given fields
    /// only are assigned, so property initializers keep their values for the others.
    /// </summary>
    private static Func<IReadOnlyDictionary<string, object?>, object> CompileFactory(
        Type type, ConstructorInfo? constructor, List<(PropertyInfo Property, string Name, Func<object?, object?>? Converter, ParameterInfo? Parameter)> fields)
    {
        var input = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var value = Expression.Variable(type, "value");
        Expression Read(Type target, string name, Func<object?, object?>? converter, object? fallback) => Expression.Call(
            typeof(InputFields), nameof(InputFields.Read), [target], input, Expression.Constant(name),
            Expression.Constant(converter, typeof(Func<object?, object?>)),
            fallback is null ? Expression.Default(target) : Expression.Constant(fallback, target));

        var arguments = (constructor?.GetParameters() ?? []).Select(p =>
        {
            var field = fields.Find(f => f.Parameter == p);
            return field.Name is null
                ? (Expression)(ParameterRules.DefaultOf(p) is { } d ? Expression.Constant(d, p.ParameterType) : Expression.Default(p.ParameterType))
                : Read(p.ParameterType, field.Name, field.Converter, ParameterRules.DefaultOf(p));
        });
        var body = new List<Expression> { Expression.Assign(value, constructor is null ? Expression.New(type) : Expression.New(constructor, arguments)) };
        foreach (var (property, name, converter, _) in fields.Where(f => f.Parameter is null))
        {
            body.Add(Expression.IfThen(
                Expression.Call(input, ContainsKey, Expression.Constant(name)),
                Expression.Assign(Expression.Property(value, property), Read(property.PropertyType, name, converter, null))));
        }

        body.Add(Expression.Convert(value, typeof(object)));
        return ExpressionCompiler.Compile(Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(Expression.Block([value], body), input));
    }
}

/// <summary>Reads one coerced input field for a compiled input object factory.</summary>
internal static class InputFields
{
    public static T Read<T>(IReadOnlyDictionary<string, object?> fields, string name, Func<object?, object?>? convert, T fallback)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            return fallback;
        }

        var converted = convert is null ? value : convert(value);
        return converted is null ? default! : (T)converted;
    }
}
