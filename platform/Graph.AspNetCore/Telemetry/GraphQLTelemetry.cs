using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Graph.AspNetCore.Telemetry;

/// <summary>
/// The server's traces and metrics, both named <see cref="Name"/> ("Graph.AspNetCore"): subscribe an OpenTelemetry
/// tracer with <c>AddSource(GraphQLTelemetry.Name)</c> and a meter provider with <c>AddMeter(GraphQLTelemetry.Name)</c>.
/// Span and attribute names follow the OpenTelemetry semantic conventions for GraphQL server spans
/// (<c>graphql.operation.type</c>, <c>graphql.operation.name</c>; the document and variables are never recorded).
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string Name = "Graph.AspNetCore";

    /// <summary>The span of one GraphQL request; named "{type} {name}" once the operation is known (semantic conventions).</summary>
    public const string RequestActivity = "GraphQL Operation";

    public const string ParseActivity = "graphql.parse";

    public const string ValidateActivity = "graphql.validate";

    /// <summary>Variable coercion and execution (the executor runs both inside one call).</summary>
    public const string ExecuteActivity = "graphql.execute";

    /// <summary>One resolver call; only with <see cref="GraphQLTelemetryServerBuilderExtensions.AddResolverTracing"/>.</summary>
    public const string ResolveActivity = "graphql.resolve";

    /// <summary>Counter of GraphQL requests over HTTP (a variable batch counts once).</summary>
    public const string RequestsMetric = "graphql.server.requests";

    /// <summary>Counter of requests whose outcome is not <see cref="Outcomes.Success"/>.</summary>
    public const string ErrorsMetric = "graphql.server.errors";

    /// <summary>Histogram of request durations in seconds.</summary>
    public const string DurationMetric = "graphql.server.request.duration";

    public const string OperationTypeTag = "graphql.operation.type";

    public const string OperationNameTag = "graphql.operation.name";

    public const string OutcomeTag = "graphql.outcome";

    public const string ErrorCodeTag = "graphql.error.code";

    public const string DocumentCachedTag = "graphql.document.cached";

    public const string FieldPathTag = "graphql.field.path";

    public const string FieldCoordinateTag = "graphql.field.coordinate";

    internal static readonly ActivitySource Source = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>(RequestsMetric, "{request}", "GraphQL requests handled.");

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>(ErrorsMetric, "{request}", "GraphQL requests that ended with errors.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationMetric, "s", "Duration of GraphQL requests.");

    /// <summary>The values of <see cref="OutcomeTag"/>.</summary>
    public static class Outcomes
    {
        /// <summary>Data and no errors.</summary>
        public const string Success = "success";

        /// <summary>Data with field errors (partial success).</summary>
        public const string FieldErrors = "field_errors";

        /// <summary>A request error: malformed request, parse, validation or variable errors; no data.</summary>
        public const string RequestError = "request_error";

        public const string Timeout = "timeout";

        /// <summary>The client went away before the answer.</summary>
        public const string Cancelled = "cancelled";

        /// <summary>An unexpected server failure.</summary>
        public const string InternalError = "internal_error";
    }
}
