using Graph.Execution.Processing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.AspNetCore.Authorization;

public static class GraphQLServerAuthorizationExtensions
{
    /// <summary>
    /// Enforces <c>@authorize</c> / <see cref="AuthorizeAttribute"/>: defines the directive in the schema, adds
    /// ASP.NET Core's authorization services (<see cref="IAuthorizationService"/>, policies) and the field middleware
    /// that checks the caller (<c>IResolverContext.User</c>) on every guarded field. Calling it again adds policies only.
    /// </summary>
    public static GraphQLServerBuilder AddAuthorization(this GraphQLServerBuilder builder) => builder.AddAuthorization(static _ => { });

    /// <inheritdoc cref="AddAuthorization(GraphQLServerBuilder)"/>
    /// <param name="builder">The GraphQL server.</param>
    /// <param name="configure">Adds policies (ASP.NET Core's <see cref="AuthorizationOptions"/>).</param>
    public static GraphQLServerBuilder AddAuthorization(this GraphQLServerBuilder builder, Action<AuthorizationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        // The full registration, not AddAuthorizationCore: WebApplication adds UseAuthorization() by itself once the
        // core services exist, and that middleware refuses to start without the policy services registered here.
        builder.Services.AddAuthorization(configure);
        if (builder.Services.Any(d => d.ServiceType == typeof(AuthorizationFieldMiddleware)))
        {
            return builder;
        }

        var middleware = new AuthorizationFieldMiddleware();
        builder.Services.AddSingleton(middleware);
        builder.ConfigureSchema(AuthorizeDirective.Define);

        // First in the pipeline, so a denied field runs none of the other middleware (paging, filtering, ...).
        return builder.ModifyExecutorOptions(options => options with
        {
            FieldMiddleware = [new FieldMiddlewareRegistration(null, middleware.Create), .. options.FieldMiddleware],
        });
    }
}
