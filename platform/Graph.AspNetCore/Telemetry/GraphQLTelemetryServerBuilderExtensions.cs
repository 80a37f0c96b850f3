using System.Diagnostics;
using Graph.Execution.Processing;

namespace Graph.AspNetCore.Telemetry;

public static class GraphQLTelemetryServerBuilderExtensions
{
    /// <summary>
    /// Opt-in: a <see cref="GraphQLTelemetry.ResolveActivity"/> span around every resolver call, through a global
    /// field middleware (the executor's only per-field hook). Spans cost time on every field, so enable it when
    /// diagnosing, not by default. Each span is a child of the request's execute span: the executor completes a
    /// field's sub-selections after its resolver returns, so spans do not nest by response path.
    /// </summary>
    public static GraphQLServerBuilder AddResolverTracing(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ModifyExecutorOptions(options => options with
        {
            FieldMiddleware = [.. options.FieldMiddleware, new FieldMiddlewareRegistration(null, TraceResolver)],
        });
    }

    private static FieldDelegate TraceResolver(FieldDelegate next) => async context =>
    {
        using var activity = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.ResolveActivity, ActivityKind.Internal);
        if (activity is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var coordinate = context.ParentType.Name + "." + context.Field.Name;
        activity.DisplayName = "resolve " + coordinate;
        activity.SetTag(GraphQLTelemetry.FieldCoordinateTag, coordinate);
        activity.SetTag(GraphQLTelemetry.FieldPathTag, context.Path.ToString());
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            throw;
        }
    };
}
