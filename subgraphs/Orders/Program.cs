using Graph.Orders;
using Graph.ServiceDefaults;

return await OrdersService.Build(args).RunWithGraphQLCommandsAsync(args);
