using Graph.Language;
using Graph.Types.Resolvers;

namespace Graph.Types;

/// <summary>Shared by every mutable definition: a description, applied directives and a source location.</summary>
public abstract class DefinitionBuilder
{
    public string? Description { get; set; }

    /// <summary>Applied directives in order, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> included.</summary>
    public List<DirectiveUsage> Directives { get; } = [];

    public Location? Location { get; set; }
}

/// <summary>A mutable field definition (spec 3.6 FieldDefinition).</summary>
public sealed class FieldBuilder(string name, TypeNode type) : DefinitionBuilder
{
    public string Name { get; set; } = name;

    public TypeNode Type { get; set; } = type;

    public List<InputValueBuilder> Arguments { get; } = [];

    public FieldResolver? Resolver { get; set; }

    public SubscribeResolver? SubscribeResolver { get; set; }

    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, TypeReference.Parse(type));
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    public FieldBuilder Describe(string? description)
    {
        Description = description;
        return this;
    }

    public FieldBuilder Deprecated(string? reason = null)
    {
        Directives.Add(BuiltInDirectives.DeprecatedUsage(reason));
        return this;
    }

    public FieldBuilder Directive(DirectiveUsage usage)
    {
        Directives.Add(usage);
        return this;
    }

    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    public FieldBuilder Subscribe(SubscribeResolver subscribe)
    {
        SubscribeResolver = subscribe;
        return this;
    }
}

/// <summary>A mutable argument or input field definition (spec 3.6.1 InputValueDefinition).</summary>
public sealed class InputValueBuilder(string name, TypeNode type) : DefinitionBuilder
{
    public string Name { get; set; } = name;

    public TypeNode Type { get; set; } = type;

    /// <summary>The default value as a constant literal.</summary>
    public ValueNode? DefaultValue { get; set; }

    /// <summary>A default given as an internal value; turned into a literal through the input type when built.</summary>
    public object? DefaultRuntimeValue { get; set; }

    public bool HasDefaultRuntimeValue { get; set; }

    public System.Reflection.PropertyInfo? RuntimeProperty { get; set; }

    public InputValueBuilder Default(ValueNode literal)
    {
        DefaultValue = literal;
        return this;
    }

    public InputValueBuilder DefaultRuntime(object? value)
    {
        DefaultRuntimeValue = value;
        HasDefaultRuntimeValue = true;
        return this;
    }

    public InputValueBuilder Describe(string? description)
    {
        Description = description;
        return this;
    }

    public InputValueBuilder Deprecated(string? reason = null)
    {
        Directives.Add(BuiltInDirectives.DeprecatedUsage(reason));
        return this;
    }

    public InputValueBuilder Directive(DirectiveUsage usage)
    {
        Directives.Add(usage);
        return this;
    }
}

/// <summary>A mutable enum value definition (spec 3.9 EnumValueDefinition).</summary>
public sealed class EnumValueBuilder(string name) : DefinitionBuilder
{
    public string Name { get; set; } = name;

    /// <summary>The internal value; the name when null.</summary>
    public object? Value { get; set; }

    public EnumValueBuilder Deprecated(string? reason = null)
    {
        Directives.Add(BuiltInDirectives.DeprecatedUsage(reason));
        return this;
    }
}

/// <summary>A mutable directive definition (spec 3.13 DirectiveDefinition).</summary>
public sealed class DirectiveDefinitionBuilder(string name) : DefinitionBuilder
{
    public string Name { get; set; } = name;

    public List<InputValueBuilder> Arguments { get; } = [];

    public List<DirectiveLocation> Locations { get; } = [];

    public bool IsRepeatable { get; set; }

    public DirectiveDefinitionBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, TypeReference.Parse(type));
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    public DirectiveDefinitionBuilder On(params DirectiveLocation[] locations)
    {
        Locations.AddRange(locations);
        return this;
    }

    public DirectiveDefinitionBuilder Repeatable(bool repeatable = true)
    {
        IsRepeatable = repeatable;
        return this;
    }
}
