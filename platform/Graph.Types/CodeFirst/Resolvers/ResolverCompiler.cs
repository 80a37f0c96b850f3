using System.Linq.Expressions;
using System.Reflection;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Types.CodeFirst;

/// <summary>A member to call as a resolver: on the parent value or on its class, with its parameter bindings.</summary>
internal sealed record ResolverCall(MemberInfo Member, bool OnParent, IReadOnlyList<ParameterBinding> Bindings, ResultKind Kind, bool IsStream);

/// <summary>
/// Compiles a member into a <see cref="FieldResolver"/> (or a <see cref="SubscribeResolver"/>) once, with expression
/// trees: a direct call whose arguments are read from the context, so that no reflection runs per call.
/// </summary>
internal sealed class ResolverCompiler
{
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(IResolverContext), "context");
    private static readonly ConstructorInfo ValueTaskOfObject = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    /// <summary>The resolver of a subscription field: the source event is the field's value (spec 6.2.3.2).</summary>
    public static FieldResolver EventValue { get; } = static context => new ValueTask<object?>(context.Parent);

    public FieldResolver CompileResolver(ResolverCall call)
    {
        var value = Invoke(call);
        Expression body = call.Kind switch
        {
            ResultKind.Task => Runtime(nameof(ResolverRuntime.FromTask), value.Type.GetGenericArguments()[0], value),
            ResultKind.ValueTask => Runtime(nameof(ResolverRuntime.FromValueTask), value.Type.GetGenericArguments()[0], value),
            ResultKind.ResolverResult => Expression.Call(value, value.Type.GetMethod(nameof(ResolverResult<object>.AsValueTask))!),
            ResultKind.AsyncEnumerable => Runtime(nameof(ResolverRuntime.FromStream), value.Type.GetGenericArguments()[0], value, RequestAborted()),
            _ => Expression.New(ValueTaskOfObject, Expression.Convert(value, typeof(object))),
        };
        return ExpressionCompiler.Compile(Expression.Lambda<FieldResolver>(body, Context));
    }

    public SubscribeResolver CompileSubscribe(ResolverCall call)
    {
        var value = Invoke(call);
        Expression body = call.Kind switch
        {
            ResultKind.AsyncEnumerable => Runtime(nameof(ResolverRuntime.SourceStream), value.Type.GetGenericArguments()[0], value),
            ResultKind.Task => Runtime(nameof(ResolverRuntime.SourceStreamFromTask), StreamElement(value.Type), value),
            ResultKind.ValueTask => Runtime(nameof(ResolverRuntime.SourceStreamFromValueTask), StreamElement(value.Type), value),
            _ => throw new InvalidOperationException("a subscription field must return an IAsyncEnumerable<T>."),
        };
        return ExpressionCompiler.Compile(Expression.Lambda<SubscribeResolver>(body, Context));
    }

    private static Type StreamElement(Type taskType) => taskType.GetGenericArguments()[0].GetGenericArguments()[0];

    private static Expression Invoke(ResolverCall call)
    {
        var where = $"{call.Member.DeclaringType?.Name}.{call.Member.Name}";
        return call.Member switch
        {
            PropertyInfo property => Expression.Property(Instance(call, property.GetMethod!.IsStatic, where), property),
            MethodInfo method => Expression.Call(Instance(call, method.IsStatic, where), method, call.Bindings.Select(b => Bind(b, where))),
            _ => throw new InvalidOperationException($"{where} is neither a property nor a method."),
        };
    }

    /// <summary>What the member is called on: nothing (static), the parent value, or the resolver class's instance.</summary>
    private static Expression? Instance(ResolverCall call, bool isStatic, string where)
    {
        var declaring = call.Member.DeclaringType!;
        if (isStatic)
        {
            return null;
        }

        if (call.OnParent)
        {
            return Runtime(nameof(ResolverRuntime.Parent), declaring, Context, Expression.Constant(where));
        }

        var factory = ActivatorUtilities.CreateFactory(declaring, Type.EmptyTypes);
        return Runtime(nameof(ResolverRuntime.Instance), declaring, Context, Expression.Constant(factory));
    }

    private static Expression Bind(ParameterBinding binding, string where)
    {
        var parameter = binding.Parameter;
        var type = parameter.ParameterType;
        return binding.Kind switch
        {
            ParameterKind.Argument => Runtime(
                nameof(ResolverRuntime.Argument),
                type,
                Context,
                Expression.Constant(binding.ArgumentName),
                Expression.Constant(binding.Converter, typeof(Func<object?, object?>)),
                binding.Fallback is null ? Expression.Default(type) : Expression.Constant(binding.Fallback, type)),
            ParameterKind.Parent => Runtime(nameof(ResolverRuntime.Parent), type, Context, Expression.Constant($"{where}({parameter.Name})")),
            ParameterKind.CancellationToken => RequestAborted(),
            ParameterKind.Context => type == typeof(IResolverContext) ? Context : Expression.Convert(Context, type),
            ParameterKind.User => Expression.Property(Context, nameof(IResolverContext.User)),
            ParameterKind.ServiceProvider => Expression.Property(Context, nameof(IResolverContext.Services)),
            ParameterKind.Service => Runtime(
                nameof(ResolverRuntime.Service), type, Context, Expression.Constant($"{where}({parameter.Name})"), Expression.Constant(!ParameterRules.IsOptional(parameter))),
            _ => throw new InvalidOperationException($"Unknown parameter kind {binding.Kind}."),
        };
    }

    private static MemberExpression RequestAborted() => Expression.Property(Context, nameof(IResolverContext.RequestAborted));

    private static MethodCallExpression Runtime(string method, Type typeArgument, params Expression[] arguments) =>
        Expression.Call(typeof(ResolverRuntime), method, [typeArgument], arguments);
}
