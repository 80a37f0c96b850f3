using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Database;
using Graph.ServiceDefaults.Errors;
using Graph.ServiceDefaults;
using Graph.Users.Accounts;
using Graph.Users.Authorization;
using Graph.Users.DataLoaders;
using Graph.Users.DemoData;
using Graph.Users.Events;
using Graph.Users.Infrastructure;
using Graph.Users.Security;
using Microsoft.AspNetCore.Authorization;

namespace Graph.Users;

/// <summary>
/// The Users subgraph: accounts, sessions and sign-in, addresses and payment methods (ARCHITECTURE.md section 8).
/// Tests build the same application with other configuration.
/// </summary>
public static class UsersService
{
    public const string Name = "users";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<UsersDb>(Name)
               .AddSeeder<UsersDemoData>()
               .PoolReaderContexts();
        builder.AddServiceRedis();
        builder.AddServiceKafka()
               .AddEvent<UserChangedIntegrationEvent>(UserChangedIntegrationEvent.TypeName, UserChangedIntegrationEvent.Topic)
               .AddEvent<UserDeletedIntegrationEvent>(UserDeletedIntegrationEvent.TypeName, UserDeletedIntegrationEvent.Topic)
               .AddOutboxRelay<UsersDb>()
               .AddEntityCacheEviction<UserChangedIntegrationEvent, UsersDb>(UserChangedIntegrationEvent.Topic);
        AddAccounts(builder);
        builder.Services.AddGraphQLServer()
               .AddTypes(typeof(UsersService).Assembly)
               .AddType(typeof(IError))
               .AddType(typeof(ValidationError))
               .AddType(typeof(NotFoundError))
               .AddAuthorization(o =>
               {
                   o.AddPolicy(UserPolicies.Owner, p => p.AddRequirements(new UserAccessRequirement(allowAdmin: false)));
                   o.AddPolicy(UserPolicies.OwnerOrAdmin, p => p.AddRequirements(new UserAccessRequirement(allowAdmin: true)));
               })
               .AddApolloFederation();
        return builder.BuildSubgraph(configure, app => app.MapJsonWebKeySet());
    }

    private static void AddAccounts(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<UsersAuthOptions>(builder.Configuration.GetSection("Auth"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountPasswordHasher>();
        services.AddSingleton<SigningKeyStore>();
        // This service checks its own tokens against its own key store, not over HTTP against itself.
        services.AddSingleton<IJsonWebKeySetSource, LocalJsonWebKeySetSource>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<SessionIssuer>();
        services.AddScoped<AccountService>();
        services.AddScoped<SessionService>();
        services.AddScoped<ProfileService>();
        services.AddSingleton<IAuthorizationHandler, UserAccessHandler>();
        services.AddDataLoader<UserByIdLoader>();
        services.AddDataLoader<AddressesByUserIdLoader>();
        services.AddDataLoader<PaymentMethodsByUserIdLoader>();
    }
}
