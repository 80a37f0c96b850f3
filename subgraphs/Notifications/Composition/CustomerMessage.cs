namespace Graph.Notifications.Composition;

/// <summary>What the customer is told about one event: the in-app title and the email subject are the same text.</summary>
/// <param name="Title">A short title (in-app) that is also the email subject.</param>
/// <param name="Body">Plain text, a few lines.</param>
public sealed record CustomerMessage(string Title, string Body);
