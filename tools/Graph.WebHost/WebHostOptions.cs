namespace Graph.WebHost;

/// <summary>The <c>WebHost</c> configuration section.</summary>
public sealed class WebHostOptions
{
    public const string SectionName = "WebHost";

    /// <summary>The built storefront (<c>clients/web/dist</c>); its <c>index.html</c> answers every page address.</summary>
    public string Root { get; set; } = "";

    /// <summary>The gateway's base address; <c>/graphql</c> requests are forwarded to <c>{Gateway}/graphql</c>.</summary>
    public Uri Gateway { get; set; } = new("http://127.0.0.1:5000/");
}
