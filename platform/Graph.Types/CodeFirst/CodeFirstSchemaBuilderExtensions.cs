using System.Reflection;
using Graph.Language;
using Graph.Types.CodeFirst;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Types;

/// <summary>
/// Code-first registration (HotChocolate's <c>AddTypes</c>, <c>AddType&lt;T&gt;</c>, <c>AddQueryType&lt;T&gt;</c>).
/// Types are inferred from the CLR types when <see cref="SchemaBuilder.Build"/> runs, into the same builder that SDL
/// may fill: a code-first root class adds fields to an SDL <c>type Query</c>, and SDL types can be referenced by name.
/// </summary>
public static class CodeFirstSchemaBuilderExtensions
{
    /// <summary>
    /// Registers every attributed type of the assemblies (<c>[QueryType]</c>, <c>[MutationType]</c>,
    /// <c>[SubscriptionType]</c>, <c>[ObjectType&lt;T&gt;]</c>, <c>[ObjectType]</c>, <c>[InterfaceType]</c>, <c>[UnionType]</c>,
    /// <c>[InputObjectType]</c>, <c>[EnumType]</c>); implementations of interfaces are searched in them too.
    /// </summary>
    public static SchemaBuilder AddTypes(this SchemaBuilder builder, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return AddTypes(builder, assemblies, static _ => true);
    }

    /// <summary>As <see cref="AddTypes(SchemaBuilder, Assembly[])"/>, for the attributed types <paramref name="include"/> accepts.</summary>
    public static SchemaBuilder AddTypes(this SchemaBuilder builder, IEnumerable<Assembly> assemblies, Func<Type, bool> include)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assemblies);
        ArgumentNullException.ThrowIfNull(include);
        var registration = CodeFirstRegistration.Of(builder);
        foreach (var assembly in assemblies)
        {
            registration.AddAssembly(assembly);
            foreach (var type in assembly.GetTypes().Where(t => include(t) && IsRegistrable(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                registration.AddType(type);
            }
        }

        return builder;
    }

    /// <summary>
    /// Registers one CLR type: a root or extension class (by its attribute), or an object, interface, union, input or
    /// enum type that no member reaches. Its assembly is searched for interface implementations.
    /// Static classes cannot be type arguments: register them with <see cref="AddType(SchemaBuilder, Type)"/>.
    /// </summary>
    public static SchemaBuilder AddType<T>(this SchemaBuilder builder) => AddType(builder, typeof(T));

    public static SchemaBuilder AddType(this SchemaBuilder builder, Type type)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(type);
        CodeFirstRegistration.Of(builder).AddType(type);
        return builder;
    }

    /// <summary>Adds the public members of <typeparamref name="T"/> to the query type, without a <c>[QueryType]</c> attribute.</summary>
    public static SchemaBuilder AddQueryType<T>(this SchemaBuilder builder) => AddRoot(builder, typeof(T), OperationType.Query);

    /// <summary>As <see cref="AddQueryType{T}"/>; static classes cannot be type arguments, so they are passed as a <see cref="Type"/>.</summary>
    public static SchemaBuilder AddQueryType(this SchemaBuilder builder, Type type) => AddRoot(builder, type, OperationType.Query);

    public static SchemaBuilder AddMutationType<T>(this SchemaBuilder builder) => AddRoot(builder, typeof(T), OperationType.Mutation);

    public static SchemaBuilder AddMutationType(this SchemaBuilder builder, Type type) => AddRoot(builder, type, OperationType.Mutation);

    public static SchemaBuilder AddSubscriptionType<T>(this SchemaBuilder builder) => AddRoot(builder, typeof(T), OperationType.Subscription);

    public static SchemaBuilder AddSubscriptionType(this SchemaBuilder builder, Type type) => AddRoot(builder, type, OperationType.Subscription);

    /// <summary>
    /// Lets code-first ask the DI container which parameter types are services (a parameter whose type is registered is
    /// injected rather than an argument). The server passes its container's <see cref="IServiceProviderIsService"/>.
    /// </summary>
    public static SchemaBuilder UseServiceInspector(this SchemaBuilder builder, IServiceProviderIsService inspector)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(inspector);
        CodeFirstRegistration.Of(builder).ServiceInspector = inspector;
        return builder;
    }

    private static SchemaBuilder AddRoot(SchemaBuilder builder, Type type, OperationType operation)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(type);
        var registration = CodeFirstRegistration.Of(builder);
        registration.RootTypes.Add((type, operation));
        registration.AddAssembly(type.Assembly);
        return builder;
    }

    private static bool IsRegistrable(Type type) =>
        !type.IsGenericTypeDefinition
        && type.GetCustomAttributes(false).Any(a => a is QueryTypeAttribute or MutationTypeAttribute or SubscriptionTypeAttribute
            or ObjectTypeAttribute or InterfaceTypeAttribute or UnionTypeAttribute or InputObjectTypeAttribute or EnumTypeAttribute
            || SchemaInference.ExtendedType(a.GetType()) is not null);
}
