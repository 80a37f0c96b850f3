using Graph.AspNetCore;
using Graph.AspNetCore.Authorization;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Database;
using Microsoft.AspNetCore.Builder;

namespace Graph.ServiceDefaults.Tests.TestService;

/// <summary>A tiny subgraph built only with the service defaults, as a real one is.</summary>
public static class NotesService
{
    public const string Name = "notes";

    public const string Topic = "notes.changed";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(Name);
        builder.AddServiceDatabase<NotesDb>(Name).AddSeeder<NotesDemoData>();
        builder.AddServiceRedis();
        // Kafka only when a test gives brokers: the other tests run without any.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Kafka:BootstrapServers"]))
        {
            builder.AddServiceKafka()
                .AddEvent<NotesChanged>("notes.changed.v1", Topic)
                .AddOutboxRelay<NotesDb>()
                .AddEntityCacheEviction<NotesChanged, NotesDb>(Topic);
        }

        builder.Services.AddGraphQLServer()
            .AddTypes(typeof(NotesService).Assembly)
            .AddAuthorization();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.UseWebSockets();
        app.MapGraphQL();
        return app;
    }
}
