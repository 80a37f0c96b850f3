using System.Diagnostics;
using Graph.Language;
using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Telemetry;

/// <summary>
/// The telemetry of one GraphQL request over HTTP: its span (a child of ASP.NET Core's server span, or of the
/// incoming W3C <c>traceparent</c> when nothing traces ASP.NET Core itself) and its metrics, recorded once at
/// <see cref="Complete"/>.
/// </summary>
public sealed class RequestTelemetry
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _operationType = "unknown";
    private int _completed;

    private RequestTelemetry(Activity? activity) => Activity = activity;

    /// <summary>The request's span; null when no listener samples it.</summary>
    public Activity? Activity { get; }

    public static RequestTelemetry Start(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Activity? activity;
        if (Activity.Current is null
            && context.Request.Headers.TraceParent is { Count: > 0 } traceParent
            && ActivityContext.TryParse(traceParent.ToString(), context.Request.Headers.TraceState.ToString(), isRemote: true, out var remote))
        {
            activity = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.RequestActivity, ActivityKind.Server, remote);
        }
        else
        {
            activity = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.RequestActivity, ActivityKind.Internal);
        }

        return new RequestTelemetry(activity);
    }

    /// <summary>Names the span after the operation ("query GetProduct"), as the semantic conventions ask.</summary>
    public void SetOperation(OperationType? type, string? name)
    {
        _operationType = type switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "unknown",
        };
        if (Activity is { } activity)
        {
            activity.SetTag(GraphQLTelemetry.OperationTypeTag, _operationType);
            if (name is not null)
            {
                activity.SetTag(GraphQLTelemetry.OperationNameTag, name);
            }

            if (type is not null)
            {
                activity.DisplayName = name is null ? _operationType : _operationType + " " + name;
            }
        }
    }

    public void SetDocumentCached(bool cached) => Activity?.SetTag(GraphQLTelemetry.DocumentCachedTag, cached);

    /// <summary>
    /// Ends the span and records the request's metrics with its outcome (<see cref="GraphQLTelemetry.Outcomes"/>);
    /// only the first call counts, so a final safety call after an escaped exception records nothing twice.
    /// </summary>
    public void Complete(string outcome, string? errorCode = null)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var tags = new TagList
        {
            { GraphQLTelemetry.OperationTypeTag, _operationType },
            { GraphQLTelemetry.OutcomeTag, outcome },
        };
        GraphQLTelemetry.Requests.Add(1, tags);
        GraphQLTelemetry.Duration.Record(elapsed, tags);
        if (outcome != GraphQLTelemetry.Outcomes.Success)
        {
            GraphQLTelemetry.Errors.Add(1, tags);
        }

        if (Activity is { } activity)
        {
            activity.SetTag(GraphQLTelemetry.OutcomeTag, outcome);
            if (errorCode is not null)
            {
                activity.SetTag(GraphQLTelemetry.ErrorCodeTag, errorCode);
            }

            if (outcome is not GraphQLTelemetry.Outcomes.Success and not GraphQLTelemetry.Outcomes.FieldErrors)
            {
                activity.SetStatus(ActivityStatusCode.Error, errorCode ?? outcome);
            }

            activity.Dispose();
        }
    }

    /// <summary>A child span of the current one (parse, validate, execute); null when unsampled.</summary>
    internal static Activity? StartPhase(string name) => GraphQLTelemetry.Source.StartActivity(name, ActivityKind.Internal);
}
