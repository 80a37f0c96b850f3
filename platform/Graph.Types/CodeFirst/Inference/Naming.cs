using System.Reflection;
using System.Text;

namespace Graph.Types.CodeFirst;

/// <summary>
/// HotChocolate's naming conventions: fields and arguments camelCase with a <c>Get</c> prefix and an <c>Async</c> suffix
/// dropped, enum values UPPER_SNAKE_CASE, interface names without their <c>I</c> prefix, generic types named after their
/// arguments (<c>Edge&lt;Product&gt;</c> is <c>ProductEdge</c>), input types ending in <c>Input</c>.
/// <see cref="GraphQLNameAttribute"/> overrides every convention.
/// </summary>
public static class Naming
{
    public static string FieldName(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            name = StripAffixes(name);
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name ?? "arg" + parameter.Position);
    }

    /// <summary>The name of an output type (object, interface, union, enum).</summary>
    public static string TypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        // Generic type definitions are named after their arguments, as HotChocolate does (ProductEdge).
        return type.IsGenericType ? string.Concat(type.GetGenericArguments().Select(TypeName)) + name : name;
    }

    /// <summary>The name of an input object type: the type name, with <c>Input</c> appended when it does not end with it.</summary>
    public static string InputTypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = TypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    public static string EnumValueName(FieldInfo value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? UpperSnakeCase(value.Name);
    }

    /// <summary>Drops a <c>Get</c> prefix (when a capital letter follows) and an <c>Async</c> suffix.</summary>
    public static string StripAffixes(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            name = name[3..];
        }

        if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name[..^5];
        }

        return name;
    }

    /// <summary>camelCase: the leading run of capitals is lowered, keeping the last one of a longer run (<c>URLPath</c> -> <c>urlPath</c>).</summary>
    public static string CamelCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == 0)
        {
            return name;
        }

        // "URLPath": the P starts the next word, so only "URL" is lowered; "ID" or "Id" are lowered whole.
        var lower = upper > 1 && upper < name.Length && char.IsLower(name[upper]) ? upper - 1 : upper;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary>UPPER_SNAKE_CASE: <c>InStock</c> -> <c>IN_STOCK</c>, <c>HTTPError</c> -> <c>HTTP_ERROR</c>, <c>Item2</c> -> <c>ITEM2</c>.</summary>
    public static string UpperSnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
