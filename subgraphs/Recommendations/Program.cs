using Graph.Recommendations;
using Graph.Recommendations.Projection;
using Graph.ServiceDefaults;

// `rebuild` recomputes the derived tables from the stored facts and exits (README, "Rebuild"); anything else is the
// service or ServiceDefaults' `schema export`.
var app = RecommendationsService.Build(args.Where(a => a != RebuildCommand.Name).ToArray());
return args.FirstOrDefault() == RebuildCommand.Name
    ? await RebuildCommand.RunAsync(app).ConfigureAwait(false)
    : await app.RunWithGraphQLCommandsAsync(args).ConfigureAwait(false);
