using Graph.ServiceDefaults;
using Graph.Users;

return await UsersService.Build(args).RunWithGraphQLCommandsAsync(args).ConfigureAwait(false);
