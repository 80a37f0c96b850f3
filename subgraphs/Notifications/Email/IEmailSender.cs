namespace Graph.Notifications.Email;

/// <summary>Hands an email to the mail relay.</summary>
public interface IEmailSender
{
    /// <summary>Completes when the relay accepted the message; throws <see cref="SmtpDeliveryException"/> otherwise.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
