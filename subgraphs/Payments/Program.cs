using Graph.Payments;
using Graph.ServiceDefaults;

return await PaymentsService.Build(args).RunWithGraphQLCommandsAsync(args);
