using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Execution;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests;

public sealed class ServerStartupTests
{
    [Fact]
    public async Task AddGraphQLServer_Should_Build_One_Executor_From_Every_Schema_Configuration()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.ConfigureSchema(schema => schema.AddSdl("extend type Query { extra: Int }")));

        var executor = server.Services.GetRequiredService<IRequestExecutor>();

        executor.Should().BeSameAs(server.Services.GetRequiredService<IRequestExecutor>());
        executor.Schema.QueryType.Fields.Select(f => f.Name).Should().Contain(["hello", "extra"]);
    }

    [Fact]
    public async Task The_Sample_Schema_Should_Answer_In_Process()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var executor = server.Services.GetRequiredService<IRequestExecutor>();

        var result = (OperationResult)await executor.ExecuteAsync(new OperationRequest { Document = "{ hello products(first: 1) { name } }" });

        result.ToJson().Should().Be("""{"data":{"hello":"Hello, world!","products":[{"name":"Mug"}]}}""");
    }
}
