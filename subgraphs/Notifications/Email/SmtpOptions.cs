namespace Graph.Notifications.Email;

/// <summary>The mail relay (configuration section <c>Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>The relay's host (the local SMTP sink in development and tests).</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The relay's port.</summary>
    public int Port { get; set; } = 2525;

    /// <summary>The sender address (MAIL FROM and the From header).</summary>
    public string From { get; set; } = "notifications@graph.local";

    /// <summary>The name sent with EHLO.</summary>
    public string ClientName { get; set; } = "graph-notifications";

    /// <summary>Each step (connect, one command and its reply) must finish within this time.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
