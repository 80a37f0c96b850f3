namespace Graph.Types;

/// <summary>
/// The public members of the class become fields of the query root type. Several classes may contribute to it
/// (HotChocolate's <c>[QueryType]</c>); static classes are the usual form.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class QueryTypeAttribute : Attribute;

/// <summary>The public members of the class become fields of the mutation root type.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MutationTypeAttribute : Attribute;

/// <summary>
/// The public members of the class become fields of the subscription root type. A method returning
/// <see cref="IAsyncEnumerable{T}"/> is the field's source stream (spec 6.2.3.1); each event is the field's value.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SubscriptionTypeAttribute : Attribute;

/// <summary>
/// Extends object type <typeparamref name="T"/> with the public members of the class: a parameter marked
/// <see cref="ParentAttribute"/> receives the <typeparamref name="T"/> being resolved (HotChocolate's <c>[ObjectType&lt;T&gt;]</c>).
/// A member named like an existing field replaces it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ObjectTypeAttribute<T> : Attribute;

/// <summary>Registers the class or record as an object type (needed only when no resolver returns it).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ObjectTypeAttribute : Attribute;

/// <summary>Registers the C# interface or abstract class as an interface type; implementations are found in the registered assemblies.</summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class InterfaceTypeAttribute : Attribute;

/// <summary>
/// Makes the C# interface or abstract class a union type (spec 3.8) instead of an interface type: its members are
/// the classes of the registered assemblies that implement or derive from it. The C# type's members are not fields.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class UnionTypeAttribute : Attribute;

/// <summary>Registers the class or record as an input object type (needed only when no parameter uses it).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class InputObjectTypeAttribute : Attribute;

/// <summary>Registers the CLR enum as an enum type (needed only when no member uses it).</summary>
[AttributeUsage(AttributeTargets.Enum, Inherited = false)]
public sealed class EnumTypeAttribute : Attribute;

/// <summary>Makes the input object a OneOf Input Object (spec 3.10.1, <c>@oneOf</c>): exactly one field is given.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class OneOfAttribute : Attribute;
