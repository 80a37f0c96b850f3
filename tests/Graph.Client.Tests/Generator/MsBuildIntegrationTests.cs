using System.Diagnostics;
using FluentAssertions;
using Graph.Client.Tests.Support;
using Graph.Testing;
using Xunit;

namespace Graph.Client.Tests.Generator;

/// <summary>
/// The MSBuild path end to end: a throwaway project imports Graph.Client.Build.targets, builds with warnings as errors
/// (the generated code compiles and deserializes a polymorphic response), then a schema change that breaks an operation
/// fails the build with an error naming the file, the operation and the field. Two builds: the slowest test here.
/// </summary>
public sealed class MsBuildIntegrationTests : IDisposable
{
    private readonly string _project = Path.Combine(Path.GetTempPath(), "graph-codegen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_Build_Should_Compile_The_Generated_Client_And_Fail_With_The_Operation_And_Field_After_A_Breaking_Schema_Change()
    {
        CreateProject();

        var build = await DotnetAsync("build", "-nologo", "-v:q");
        build.ExitCode.Should().Be(0, build.Output);
        var run = await DotnetAsync(Path.Combine("bin", "Debug", "net10.0", "App.dll"));
        run.Output.Trim().Should().Be("OutOfStockError p1 0; PENDING 2026-11-21T10:00:00.0000000+00:00");

        // Order.total becomes an object type: the operation's `total` without a selection no longer validates.
        var schema = Path.Combine(_project, "schema.graphql");
        await File.WriteAllTextAsync(schema, (await File.ReadAllTextAsync(schema)).Replace("  total: Decimal!", "  total: Money!", StringComparison.Ordinal)
            + "\ntype Money {\n  amount: Decimal!\n  currency: String!\n}\n");
        var broken = await DotnetAsync("build", "-nologo", "-v:q");

        broken.ExitCode.Should().NotBe(0);
        broken.Output.Should().Contain(Path.Combine("operations", "Orders.graphql") + "(6,7): error GQL0001: Operation 'PlaceOrder': field 'total': "
            + "Field \"total\" of type \"Money!\" must have a selection of subfields. Did you mean \"total { ... }\"?");
    }

    public void Dispose()
    {
        if (Directory.Exists(_project))
        {
            Directory.Delete(_project, recursive: true);
        }
    }

    private void CreateProject()
    {
        Directory.CreateDirectory(Path.Combine(_project, "operations"));
        File.Copy(TestFiles.SchemaPath, Path.Combine(_project, "schema.graphql"));
        foreach (var file in Directory.GetFiles(Path.Combine(TestFiles.SchemaDirectory, "operations")))
        {
            File.Copy(file, Path.Combine(_project, "operations", Path.GetFileName(file)));
        }

        var targets = Path.Combine(RepositoryPaths.Root, "clients", "dotnet", "Graph.Client.Generator", "build", "Graph.Client.Build.targets");
        File.WriteAllText(Path.Combine(_project, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <!-- The generated file brings its own usings (the sample builds it with implicit usings on). -->
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest</AnalysisLevel>
                <GraphQLSchema>schema.graphql</GraphQLSchema>
                <GraphQLNamespace>Shop.Client</GraphQLNamespace>
                <GraphQLClientName>ShopClient</GraphQLClientName>
                <GraphCodegenCommand>dotnet "{Path.Combine(AppContext.BaseDirectory, "graph.dll")}"</GraphCodegenCommand>
              </PropertyGroup>
              <ItemGroup>
                <GraphQL Include="operations/*.graphql" />
                <Reference Include="Graph.Client" HintPath="{Path.Combine(AppContext.BaseDirectory, "Graph.Client.dll")}" />
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Program.cs"), """"
            using System;
            using System.Text.Json;
            using Graph.Client;
            using Shop.Client;

            var placed = JsonSerializer.Deserialize<PlaceOrderResult>("""
                {"placeOrder":{"order":null,"errors":[{"message":"Sold out","__typename":"OutOfStockError","code":"OUT_OF_STOCK","productId":"p1","available":0}]}}
                """, GraphQLSerializer.Options)!;
            var update = JsonSerializer.Deserialize<OrderStatusResult>("""
                {"orderStatusChanged":{"orderId":"o1","status":"PENDING","previousStatus":null,"at":"2026-11-21T10:00:00Z"}}
                """, GraphQLSerializer.Options)!;
            var error = (PlaceOrder_PlaceOrder_Errors_OutOfStockError)placed.PlaceOrder.Errors[0];
            var status = JsonSerializer.Serialize(update.OrderStatusChanged.Status, GraphQLSerializer.Options).Trim('"');
            Console.WriteLine($"{error.GetType().Name.Split('_')[^1]} {error.ProductId} {error.Available}; {status} {update.OrderStatusChanged.At:O}");
            """");
    }

    private async Task<(int ExitCode, string Output)> DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _project, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
