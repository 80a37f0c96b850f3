// The Recommendations subgraph; its wiring is in RecommendationsService.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health/live", () => Results.Ok());
await app.RunAsync();
