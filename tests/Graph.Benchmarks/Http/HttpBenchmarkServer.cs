using Graph.AspNetCore;
using Graph.Types.Resolvers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Benchmarks.Http;

/// <summary>
/// Our side of the HTTP benchmark: <c>MapGraphQL</c> on Kestrel at 127.0.0.1 with the schema and data that
/// js/yoga-server.mjs serves. Runs in a child process of its own (as Yoga runs in node), started by
/// <see cref="HttpThroughputBenchmark"/> with <c>http --serve</c>; prints <c>listening PORT</c> once ready.
/// </summary>
internal static class HttpBenchmarkServer
{
    public const string Sdl = """
        "Reads."
        type Query {
          hello(name: String = "world"): String!
          products(first: Int = 10): [Product!]!
        }

        "Something to sell."
        type Product {
          id: ID!
          name: String!
          price: Float!
        }
        """;

    private static readonly Product[] Products = [new("1", "Mug", 9.5), new("2", "Tea", 4.25), new("3", "Kettle", 30)];

    public static async Task<int> ServeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .ConfigureSchema(schema => schema.AddSdl(Sdl)
                .BindResolver("Query", "hello", c => ValueTask.FromResult<object?>($"Hello, {c.ArgumentValue<string>("name")}!"))
                .BindResolver("Query", "products", c => ValueTask.FromResult<object?>(Products.Take(c.ArgumentValue<int>("first")).ToArray())))
            .ModifyServerOptions(options => options.Ide.Enabled = false);

        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"listening {new Uri(address).Port}");

        // The parent ends the server by closing standard input (or by killing the process).
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    private sealed record Product(string Id, string Name, double Price);
}
