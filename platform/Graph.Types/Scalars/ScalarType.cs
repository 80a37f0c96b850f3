using System.Text.Json;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// A scalar type (spec 3.5 "Scalars"): a name, a description, applied directives (<c>@specifiedBy</c> among them)
/// and the <see cref="ScalarCoercion"/> that implements its input and result coercion.
/// </summary>
public sealed class ScalarType : INamedType
{
    public ScalarType(string name, ScalarCoercion coercion, string? description = null, DirectiveUsageList? directives = null, Location? location = null, bool isBuiltIn = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(coercion);
        Name = name;
        Coercion = coercion;
        Description = description;
        Directives = directives ?? DirectiveUsageList.Empty;
        Location = location;
        IsBuiltIn = isBuiltIn;
        SpecifiedByUrl = Directives.Find(BuiltInDirectives.SpecifiedByName)?.GetArgument("url") is StringValueNode url ? url.Value : null;
    }

    public TypeKind Kind => TypeKind.Scalar;

    public string Name { get; }

    public string? Description { get; }

    public DirectiveUsageList Directives { get; }

    /// <summary>True for Int, Float, String, Boolean and ID (spec 3.5 "Built-in Scalars").</summary>
    public bool IsBuiltIn { get; }

    /// <summary>The scalar specification URL given by <c>@specifiedBy</c> (spec 3.13.4).</summary>
    public string? SpecifiedByUrl { get; }

    public ScalarCoercion Coercion { get; }

    public Location? Location { get; }

    /// <summary>Input coercion of a literal (spec 3.5); a <c>null</c> literal coerces to null.</summary>
    public object? CoerceInputLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is NullValueNode ? null : Coercion.CoerceInputLiteral(literal);
    }

    /// <summary>Input coercion of a variable value (JSON or CLR); null coerces to null.</summary>
    public object? CoerceInputValue(object? value) =>
        value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? null : Coercion.CoerceInputValue(value);

    /// <summary>Input coercion of a JSON variable value.</summary>
    public object? CoerceInputValue(JsonElement value) => CoerceInputValue((object)value);

    /// <summary>Result coercion (spec 3.5); null stays null (the executor enforces Non-Null).</summary>
    public object? SerializeResult(object? value) =>
        value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? null : Coercion.SerializeResult(value);

    public ValueNode ValueToLiteral(object? value) => value is null ? new NullValueNode() : Coercion.ValueToLiteral(value);

    /// <summary>The same scalar with other metadata (used when SDL re-declares or extends a known scalar).</summary>
    public ScalarType With(string? description, DirectiveUsageList directives, Location? location) =>
        new(Name, Coercion, description, directives, location, IsBuiltIn);

    public override string ToString() => Name;
}
