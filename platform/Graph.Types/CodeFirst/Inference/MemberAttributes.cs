using System.Reflection;

namespace Graph.Types.CodeFirst;

/// <summary>
/// The attributes of a property together with those of the matching primary constructor parameter: in a positional
/// record (<c>record Product([ID] Guid Id)</c>) C# puts attributes on the parameter, yet they describe the property.
/// </summary>
internal sealed class MemberAttributes(PropertyInfo property) : ICustomAttributeProvider
{
    private readonly ParameterInfo? _parameter = property.DeclaringType?
        .GetConstructors()
        .SelectMany(c => c.GetParameters())
        .FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal) && p.ParameterType == property.PropertyType);

    public PropertyInfo Property { get; } = property;

    public object[] GetCustomAttributes(bool inherit) => Concat(Property.GetCustomAttributes(inherit), _parameter?.GetCustomAttributes(inherit));

    public object[] GetCustomAttributes(Type attributeType, bool inherit) =>
        Concat(Property.GetCustomAttributes(attributeType, inherit), _parameter?.GetCustomAttributes(attributeType, inherit));

    public bool IsDefined(Type attributeType, bool inherit) =>
        Property.IsDefined(attributeType, inherit) || _parameter?.IsDefined(attributeType, inherit) == true;

    public override string ToString() => $"{Property.DeclaringType?.Name}.{Property.Name}";

    private static object[] Concat(object[] first, object[]? second) => second is null or [] ? first : [.. first, .. second];
}
