using System.Diagnostics;
using Graph.Messaging;

namespace Graph.Messaging.Tests;

/// <summary>Samples the test's and Graph.Messaging's activities; without a listener none are created.</summary>
public static class TraceListener
{
    public static readonly ActivitySource Source = new("Graph.Messaging.Tests");

    public static ActivityListener Start()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is MessagingTelemetry.ActivitySourceName or "Graph.Messaging.Tests",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
