using System.Net;
using FluentAssertions;
using Graph.Gateway.Composition;
using Graph.Gateway.Tests.Support;
using Graph.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Gateway.Tests.Host;

/// <summary>The gateway reloads its composition when the file changes; a broken file keeps the previous one serving.</summary>
public sealed class CompositionReloadTests : IAsyncLifetime
{
    private GatewayTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private GatewayExecutorProvider Provider => _host.Gateway.Services.GetRequiredService<GatewayExecutorProvider>();

    [Fact]
    public async Task A_Changed_Execution_Schema_Should_Be_Served_Without_A_Restart()
    {
        using (var before = await _host.Gateway.PostAsync("{ userAgent }"))
        {
            before.ErrorCodes.Should().NotBeEmpty("the field does not exist yet");
        }

        await File.WriteAllTextAsync(_host.ExecutionSchemaPath, TinyComposition.ExecutionSchema(
            "userAgent: String @fusion__field(schema: ECHO, sourceName: \"requestHeader\")"));
        await Eventually.HoldsAsync(() => Provider.Generation == 2, "the gateway to reload the changed composition");

        using var sdl = await _host.Gateway.Client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        (await sdl.Content.ReadAsStringAsync()).Should().Contain("userAgent: String");
        using var products = await _host.Gateway.PostAsync("{ productById(id: \"2\") { name } }");
        products.Get("productById", "name").GetString().Should().Be("Tea");
    }

    [Fact]
    public async Task A_Request_In_Flight_During_A_Reload_Should_Finish_On_The_Composition_It_Started_With()
    {
        _host.Echo.Held.Close();
        var inFlight = _host.Gateway.PostAsync("{ held }");
        await _host.Echo.Held.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await File.WriteAllTextAsync(_host.ExecutionSchemaPath, TinyComposition.ExecutionSchema(
            "userAgent: String @fusion__field(schema: ECHO, sourceName: \"requestHeader\")"));
        await Eventually.HoldsAsync(() => Provider.Generation == 2, "the gateway to reload the changed composition");
        _host.Echo.Held.Release();
        using var response = await inFlight;

        response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
        response.Get("held").GetString().Should().Be("released");
    }

    [Fact]
    public async Task An_Invalid_Execution_Schema_Should_Keep_The_Previous_Composition()
    {
        await File.WriteAllTextAsync(_host.ExecutionSchemaPath, "type Query { broken: @@@ }");
        await Task.Delay(TimeSpan.FromMilliseconds(100)); // the debounce; the assertions below hold whether or not it ran

        await File.WriteAllTextAsync(_host.ExecutionSchemaPath, "type Query { still broken");
        Provider.TryReload(out var error).Should().BeFalse();
        error.Should().Contain(_host.ExecutionSchemaPath);

        Provider.Generation.Should().Be(1);
        using var response = await _host.Gateway.PostAsync("{ productById(id: \"1\") { name } }");
        response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
        response.Get("productById", "name").GetString().Should().Be("Mug");
    }
}
