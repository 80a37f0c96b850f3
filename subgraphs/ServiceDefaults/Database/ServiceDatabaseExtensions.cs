using Graph.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Graph.ServiceDefaults.Database;

public static class ServiceDatabaseExtensions
{
    /// <summary>Tag of the checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers <typeparamref name="TDb"/> on PostgreSQL (<c>ConnectionStrings:&lt;name&gt;</c>, else
    /// <c>ConnectionStrings:postgres</c> with <c>Database=graph_&lt;name&gt;</c>), with the outbox interceptor when
    /// Kafka messaging is added; migrates at start-up from the scripts embedded in <typeparamref name="TDb"/>'s
    /// assembly (<c>*.Migrations.NNNN_name.sql</c>), plus <c>0000_messaging</c> when the model maps the outbox or
    /// inbox; adds the <c>postgres</c> readiness check.
    /// </summary>
    public static ServiceDatabaseBuilder<TDb> AddServiceDatabase<TDb>(this WebApplicationBuilder builder, string name)
        where TDb : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var configuration = builder.Configuration;
        var registration = new ServiceDatabaseRegistration<TDb>(
            () => ServiceConnectionStrings.Resolve(configuration, name),
            SqlMigrationCatalog.FromAssembly(typeof(TDb).Assembly));
        builder.Services.AddSingleton(registration);
        // The options are built once (singleton): nothing in them depends on the request, and building them per scope
        // cost every request (and every reader's context) a look-up of EF Core's internal service provider by options.
        builder.Services.AddDbContext<TDb>(
            (sp, options) =>
            {
                options.UseNpgsql(registration.ConnectionString());
                // The interceptor exists only with AddServiceKafka; a service without events needs no outbox.
                if (sp.GetService<OutboxInterceptor>() is not null)
                {
                    options.UseOutbox(sp);
                }
            },
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);

        builder.Services.TryAddScoped<IDbContextFactory<TDb>, ServiceDbContextFactory<TDb>>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseStartup<TDb>>());
        builder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(
                "postgres",
                _ => new PostgresHealthCheck(registration.ConnectionString),
                HealthStatus.Unhealthy,
                [ReadyTag],
                TimeSpan.FromSeconds(5)));
        return new ServiceDatabaseBuilder<TDb>(builder.Services);
    }
}
