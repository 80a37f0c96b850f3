// The gateway host; its wiring (composition loading, JWT validation, limits) is in GatewayHost.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health/live", () => Results.Ok());
await app.RunAsync();
