using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Graph.FakeStripe;

/// <summary>
/// Delivers events (<c>{"object": "event", "type": ..., "data": {"object": ...}}</c>) signed like Stripe to
/// <see cref="FakeStripeOptions.WebhookUrl"/>, in the background, retrying a few times as Stripe does (with far
/// shorter delays). Without a URL and a secret nothing is queued.
/// </summary>
internal sealed class WebhookSender(IOptions<FakeStripeOptions> options, IHttpClientFactory httpClients, ILogger<WebhookSender> logger)
    : BackgroundService
{
    private const int MaxAttempts = 3;
    private readonly Channel<JsonObject> pending = Channel.CreateBounded<JsonObject>(1000);

    public void Enqueue(string type, JsonObject dataObject)
    {
        if (string.IsNullOrEmpty(options.Value.WebhookUrl) || string.IsNullOrEmpty(options.Value.WebhookSecret))
        {
            return;
        }

        var stripeEvent = new JsonObject
        {
            ["id"] = FakeStripeStore.NewId("evt"),
            ["object"] = "event",
            ["api_version"] = "2024-06-20",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["type"] = type,
            ["data"] = new JsonObject { ["object"] = dataObject },
        };
        if (!pending.Writer.TryWrite(stripeEvent))
        {
            logger.LogWarning("Webhook queue full; event {Type} dropped", type);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var client = httpClients.CreateClient(nameof(WebhookSender));
        await foreach (var stripeEvent in pending.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var payload = stripeEvent.ToJsonString();
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.WebhookUrl)
                    {
                        Content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
                    };
                    request.Headers.Add("Stripe-Signature", WebhookSignature.Create(payload, options.Value.WebhookSecret!, DateTimeOffset.UtcNow));
                    using var response = await client.SendAsync(request, stoppingToken).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }

                    logger.LogWarning("Webhook {Type} answered {Status} (attempt {Attempt})", stripeEvent["type"], (int)response.StatusCode, attempt);
                }
                catch (HttpRequestException ex)
                {
                    logger.LogWarning(ex, "Webhook {Type} failed (attempt {Attempt})", stripeEvent["type"], attempt);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
