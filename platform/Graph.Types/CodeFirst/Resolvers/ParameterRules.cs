using System.Reflection;
using System.Security.Claims;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Types.CodeFirst;

/// <summary>What a resolver parameter receives.</summary>
internal enum ParameterKind
{
    Argument,
    Parent,
    CancellationToken,
    Context,
    User,
    ServiceProvider,
    Service,
}

/// <summary>A resolver parameter and how its value is produced.</summary>
internal sealed record ParameterBinding(ParameterInfo Parameter, ParameterKind Kind, string? ArgumentName, Func<object?, object?>? Converter, object? Fallback);

/// <summary>
/// The rule deciding what each resolver parameter is, first match wins:
/// <list type="number">
/// <item><c>[Parent]</c>: the parent value; <see cref="CancellationToken"/>: the request's; <see cref="IResolverContext"/>
/// (or an interface deriving from it): the context; <see cref="ClaimsPrincipal"/>: the request's user;
/// <see cref="IServiceProvider"/>: the request's services.</item>
/// <item><c>[Service]</c>: a service from the request's services.</item>
/// <item>A type the DI container registers, when the builder knows it (<c>UseServiceInspector</c>): a service.</item>
/// <item>By convention, a service: a C# interface that is not a collection, a DataLoader (derives from
/// <c>Graph.Execution.DataLoader.DataLoaderBase&lt;,&gt;</c>), an EF Core <c>DbContext</c>.</item>
/// <item>Anything else is a GraphQL argument.</item>
/// </list>
/// A service parameter that is nullable or has a default is optional; otherwise a missing registration is a field error.
/// </summary>
internal static class ParameterRules
{
    private const string DataLoaderBase = "Graph.Execution.DataLoader.DataLoaderBase`2";
    private const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";

    public static ParameterKind Classify(ParameterInfo parameter, IServiceProviderIsService? inspector)
    {
        var type = parameter.ParameterType;
        if (parameter.IsDefined(typeof(ParentAttribute), false))
        {
            return ParameterKind.Parent;
        }

        if (type == typeof(CancellationToken))
        {
            return ParameterKind.CancellationToken;
        }

        if (type.IsInterface && typeof(IResolverContext).IsAssignableFrom(type))
        {
            return ParameterKind.Context;
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return ParameterKind.User;
        }

        if (type == typeof(IServiceProvider))
        {
            return ParameterKind.ServiceProvider;
        }

        if (parameter.IsDefined(typeof(ServiceAttribute), false) || inspector?.IsService(type) == true || IsServiceByConvention(type))
        {
            return ParameterKind.Service;
        }

        return ParameterKind.Argument;
    }

    public static bool IsServiceByConvention(Type type) =>
        (type.IsInterface && ClrTypes.ListElement(type) is null && !ClrTypes.IsDictionary(type))
        || DerivesFrom(type, DataLoaderBase)
        || DerivesFrom(type, DbContext);

    /// <summary>A service parameter declared nullable (<c>IClock? clock</c>) or with a default may be missing.</summary>
    public static bool IsOptional(ParameterInfo parameter) =>
        parameter.HasDefaultValue || Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || (!parameter.ParameterType.IsValueType && ClrTypes.Of(parameter).ReadState == NullabilityState.Nullable);

    /// <summary>The C# default value of a parameter as a value of its type; null when it has none (or it is null).</summary>
    public static object? DefaultOf(ParameterInfo parameter)
    {
        if (!parameter.HasDefaultValue || parameter.DefaultValue is null or DBNull or System.Reflection.Missing)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var value = parameter.DefaultValue;
        return type.IsEnum && value.GetType() != type ? Enum.ToObject(type, value) : value;
    }

    private static bool DerivesFrom(Type type, string fullName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var name = current.IsGenericType ? current.GetGenericTypeDefinition().FullName : current.FullName;
            if (name == fullName)
            {
                return true;
            }
        }

        return false;
    }
}
