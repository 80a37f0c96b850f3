using Graph.Notifications;
using Graph.ServiceDefaults;

return await NotificationsService.Build(args).RunWithGraphQLCommandsAsync(args);
