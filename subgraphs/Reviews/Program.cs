using Graph.Reviews;
using Graph.ServiceDefaults;

return await ReviewsService.Build(args).RunWithGraphQLCommandsAsync(args);
