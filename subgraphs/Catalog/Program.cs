using Graph.Catalog;
using Graph.ServiceDefaults;

return await CatalogService.Build(args).RunWithGraphQLCommandsAsync(args);
