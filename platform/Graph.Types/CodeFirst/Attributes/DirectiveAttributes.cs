using System.Reflection;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// The extensibility hook of code-first: an attribute deriving from this class on a type, member, parameter or enum
/// value is given the definition built from it (<see cref="ObjectTypeBuilder"/>, <see cref="FieldBuilder"/>,
/// <see cref="InputValueBuilder"/>, <see cref="EnumValueBuilder"/>, ...) to change it, typically to apply a directive.
/// Runs after the conventions and the naming attributes.
/// </summary>
public abstract class GraphQLDescriptorAttribute : Attribute
{
    public abstract void OnConfigure(DefinitionBuilder definition, ICustomAttributeProvider member);
}

/// <summary>
/// Applies a directive, for example <c>[Directive("tag", "name: \"public\"")]</c> for <c>@tag(name: "public")</c>.
/// The arguments are written as in SDL, as the inside of an argument list. The directive must be defined in the schema
/// (SDL <c>directive @tag(...) on ...</c> or <see cref="SchemaBuilder.AddDirective"/>).
/// </summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class DirectiveAttribute(string name, string? arguments = null) : GraphQLDescriptorAttribute
{
    public string Name { get; } = name;

    public string? Arguments { get; } = arguments;

    public override void OnConfigure(DefinitionBuilder definition, ICustomAttributeProvider member)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Directives.Add(CreateUsage());
    }

    public DirectiveUsage CreateUsage()
    {
        if (string.IsNullOrWhiteSpace(Arguments))
        {
            return new DirectiveUsage(Name);
        }

        // An argument list has the grammar of an object value's fields, so the const-value parser reads it.
        var value = (ObjectValueNode)Parser.ParseConstValue("{" + Arguments + "}");
        return new DirectiveUsage(Name, value.Fields.Select(f => new ArgumentNode(f.Name, f.Value)).ToArray());
    }
}

/// <summary>A directive attribute of the composite schemas spec; its use adds their definitions to the schema.</summary>
public abstract class CompositeDirectiveAttribute : GraphQLDescriptorAttribute
{
    public abstract DirectiveUsage CreateUsage();

    public override void OnConfigure(DefinitionBuilder definition, ICustomAttributeProvider member)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Directives.Add(CreateUsage());
    }
}

/// <summary><c>@lookup</c>: the field resolves an entity by key; the gateway calls it (composite schemas spec 2.4.1).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class LookupAttribute : CompositeDirectiveAttribute
{
    public override DirectiveUsage CreateUsage() => new(CompositeDirectives.LookupName);
}

/// <summary><c>@key(fields: "...")</c> on an object or interface type (repeatable).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class KeyAttribute(string fields) : CompositeDirectiveAttribute
{
    public string Fields { get; } = fields;

    public override DirectiveUsage CreateUsage() => CompositeDirectives.KeyUsage(Fields);
}

/// <summary><c>@internal</c>: the type or field is for the gateway only (lookups of entity stubs).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class InternalAttribute : CompositeDirectiveAttribute
{
    public override DirectiveUsage CreateUsage() => new(CompositeDirectives.InternalName);
}

/// <summary><c>@inaccessible</c>: hidden from the composed schema's clients.</summary>
[AttributeUsage(AttributeTargets.All, Inherited = false)]
public sealed class InaccessibleAttribute : CompositeDirectiveAttribute
{
    public override DirectiveUsage CreateUsage() => new(CompositeDirectives.InaccessibleName);
}

/// <summary><c>@shareable</c>: several source schemas may resolve the type's fields or this field.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class ShareableAttribute : CompositeDirectiveAttribute
{
    public override DirectiveUsage CreateUsage() => new(CompositeDirectives.ShareableName);
}

/// <summary><c>@require(field: "...")</c>: the argument is filled by the gateway with data owned by another source schema.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class RequireAttribute(string field) : CompositeDirectiveAttribute
{
    public string Field { get; } = field;

    public override DirectiveUsage CreateUsage() => CompositeDirectives.RequireUsage(Field);
}

/// <summary><c>@is(field: "...")</c>: maps a lookup argument to a field of the returned entity.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class IsAttribute(string field) : CompositeDirectiveAttribute
{
    public string Field { get; } = field;

    public override DirectiveUsage CreateUsage() => CompositeDirectives.IsUsage(Field);
}

/// <summary><c>@provides(fields: "...")</c>: the field's result also carries these fields of another source schema.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class ProvidesAttribute(string fields) : CompositeDirectiveAttribute
{
    public string Fields { get; } = fields;

    public override DirectiveUsage CreateUsage() => CompositeDirectives.ProvidesUsage(Fields);
}

/// <summary><c>@external</c>: the field is owned by another source schema and only provided here.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class ExternalAttribute : CompositeDirectiveAttribute
{
    public override DirectiveUsage CreateUsage() => new(CompositeDirectives.ExternalName);
}

/// <summary><c>@override(from: "...")</c>: this source schema takes over the field from source schema <see cref="From"/>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class OverrideAttribute(string from) : CompositeDirectiveAttribute
{
    public string From { get; } = from;

    public override DirectiveUsage CreateUsage() => CompositeDirectives.OverrideUsage(From);
}
