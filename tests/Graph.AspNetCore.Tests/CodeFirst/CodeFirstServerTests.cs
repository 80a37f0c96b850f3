using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Execution;
using Graph.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.CodeFirst;

public sealed class CodeFirstServerTests
{
    [Fact]
    public async Task AddType_Should_Inject_Services_Registered_In_The_Application()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            graphql => graphql.AddType(typeof(GreetingQueries)),
            services => services.AddSingleton(new Greeter("Welcome")));
        var executor = server.Services.GetRequiredService<IRequestExecutor>();

        var result = (OperationResult)await executor.ExecuteAsync(new OperationRequest { Document = "{ greeting(name: \"Ada\") }" });

        result.ToJson().Should().Be("""{"data":{"greeting":"Welcome, Ada"}}""");
    }

    public sealed class Greeter(string salutation)
    {
        public string Greet(string name) => $"{salutation}, {name}";
    }

    [QueryType]
    public static class GreetingQueries
    {
        [GraphQLDescription("Greets by name.")]
        public static string GetGreeting(string name, Greeter greeter) => greeter.Greet(name);
    }
}
