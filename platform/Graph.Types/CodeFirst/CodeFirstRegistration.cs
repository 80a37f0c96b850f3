using System.Reflection;
using System.Runtime.CompilerServices;
using Graph.Language;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Types.CodeFirst;

/// <summary>
/// What code-first registrations a <see cref="SchemaBuilder"/> collected. The types are inferred once, when the
/// schema is built, so that registration order does not matter (an extension may come before the type it extends).
/// </summary>
internal sealed class CodeFirstRegistration
{
    private static readonly ConditionalWeakTable<SchemaBuilder, CodeFirstRegistration> Registrations = new();

    /// <summary>Assemblies searched for implementations of interfaces and members of unions.</summary>
    public List<Assembly> Assemblies { get; } = [];

    /// <summary>Types registered one by one or found in an assembly, in registration order.</summary>
    public List<Type> Types { get; } = [];

    /// <summary>Classes contributing root fields without carrying a root attribute (<c>AddQueryType&lt;T&gt;()</c>).</summary>
    public List<(Type Type, OperationType Operation)> RootTypes { get; } = [];

    /// <summary>Tells which parameter types are services when the DI container is known.</summary>
    public IServiceProviderIsService? ServiceInspector { get; set; }

    public static CodeFirstRegistration Of(SchemaBuilder builder) => Registrations.GetValue(builder, static b =>
    {
        var registration = new CodeFirstRegistration();
        b.BeforeBuild.Add(registration.Materialize);
        return registration;
    });

    public void AddType(Type type)
    {
        if (!Types.Contains(type))
        {
            Types.Add(type);
        }

        AddAssembly(type.Assembly);
    }

    public void AddAssembly(Assembly assembly)
    {
        if (!Assemblies.Contains(assembly))
        {
            Assemblies.Add(assembly);
        }
    }

    private void Materialize(SchemaBuilder builder)
    {
        // Inferred once: the definitions stay in the builder, so building it again reuses them.
        Registrations.Remove(builder);
        new SchemaInference(builder, this).Run();
    }
}
