using System.Text;
using Graph.Execution;
using Graph.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.ServiceDefaults;

/// <summary>The service's command line: <c>schema export [--output FILE]</c>, or run the service.</summary>
public static class GraphQLCommandsExtensions
{
    /// <summary>
    /// <c>schema export</c> prints the SDL the service serves at <c>/graphql/schema.graphql</c> (or writes it to
    /// <c>--output FILE</c>) without starting the host: no hosted service runs, so no migration, Kafka or Redis
    /// connection happens. Anything else runs the service. Returns the process exit code.
    /// </summary>
    public static async Task<int> RunWithGraphQLCommandsAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 2 || args[0] != "schema" || args[1] != "export")
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }

        await using (app.ConfigureAwait(false))
        {
            string? output = null;
            for (var i = 2; i < args.Length; i++)
            {
                if (args[i] is "--output" or "-o" && i + 1 < args.Length)
                {
                    output = args[++i];
                }
                else if (args[i].StartsWith("--output=", StringComparison.Ordinal))
                {
                    output = args[i]["--output=".Length..];
                }
            }

            var sdl = ExportSchema(app.Services);
            if (output is null)
            {
                await Console.Out.WriteAsync(sdl).ConfigureAwait(false);
                await Console.Out.FlushAsync().ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllTextAsync(output, sdl, new UTF8Encoding(false)).ConfigureAwait(false);
            }

            return 0;
        }
    }

    /// <summary>The SDL of the service's schema, byte for byte what <c>GET /graphql/schema.graphql</c> answers.</summary>
    public static string ExportSchema(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // SchemaSdlMiddleware prints the same schema with the same printer and one trailing newline.
        var executor = services.GetService<IRequestExecutor>()
            ?? throw new InvalidOperationException("The service has no GraphQL server: call builder.Services.AddGraphQLServer() before schema export.");
        return SchemaPrinter.Print(executor.Schema) + "\n";
    }
}
