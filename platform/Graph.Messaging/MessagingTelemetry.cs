using System.Diagnostics;

namespace Graph.Messaging;

/// <summary>Tracing for publish and process; add <see cref="ActivitySourceName"/> to the tracer provider.</summary>
public static class MessagingTelemetry
{
    public const string ActivitySourceName = "Graph.Messaging";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    /// <summary>The W3C <c>traceparent</c> of the current activity, or null when there is none (or it is not W3C).</summary>
    internal static string? CurrentTraceParent(Activity? activity) =>
        activity is { IdFormat: ActivityIdFormat.W3C } ? activity.Id : null;

    internal static Activity? StartConsume(string topic, string? traceParent, string? traceState)
    {
        ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var parent);
        return Source.StartActivity($"{topic} process", ActivityKind.Consumer, parent);
    }
}
