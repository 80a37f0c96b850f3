using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Http;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>Apollo automatic persisted queries, <c>documentId</c> (rfc-PersistedOperations.md) and the trusted documents mode.</summary>
public sealed class PersistedOperationTests
{
    private const string Hello = "{ hello }";
    private static readonly string HelloHash = Sha256(Hello);

    [Fact]
    public async Task Apq_Should_Ask_For_The_Query_Then_Register_It_Then_Run_It_By_Hash()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.UseAutomaticPersistedOperations());
        using var client = new HttpClient { BaseAddress = server.Address };

        var unknown = await PostAsync(client, new { extensions = PersistedQuery(HelloHash) });
        var registered = await PostAsync(client, new { query = Hello, extensions = PersistedQuery(HelloHash) });
        var byHash = await PostAsync(client, new { extensions = PersistedQuery(HelloHash) });
        var byGet = await client.GetAsync($"graphql?extensions={Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = HelloHash } }))}");

        unknown.Status.Should().Be(400);
        unknown.Body.Should().Contain("\"PersistedQueryNotFound\"").And.Contain(PersistedOperationErrorCodes.NotFound);
        registered.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        byHash.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        (await byGet.Content.ReadAsStringAsync()).Should().Be("""{"data":{"hello":"Hello, world!"}}""");
    }

    [Fact]
    public async Task A_Hash_That_Does_Not_Match_The_Query_Should_Be_Rejected()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.UseAutomaticPersistedOperations());
        using var client = new HttpClient { BaseAddress = server.Address };

        var mismatch = await PostAsync(client, new { query = "{ products { id } }", extensions = PersistedQuery(HelloHash) });
        var stillUnknown = await PostAsync(client, new { extensions = PersistedQuery(HelloHash) });

        mismatch.Status.Should().Be(400);
        mismatch.Body.Should().Contain(PersistedOperationErrorCodes.HashMismatch);
        stillUnknown.Body.Should().Contain(PersistedOperationErrorCodes.NotFound);
    }

    [Fact]
    public async Task Without_A_Store_A_Hash_Alone_Should_Be_Not_Supported_But_Query_And_Hash_Should_Run()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };

        var hashOnly = await PostAsync(client, new { extensions = PersistedQuery(HelloHash) });
        var both = await PostAsync(client, new { query = Hello, extensions = PersistedQuery(HelloHash) });
        var badVersion = await PostAsync(client, new { query = Hello, extensions = new { persistedQuery = new { version = 2, sha256Hash = HelloHash } } });

        hashOnly.Body.Should().Contain(PersistedOperationErrorCodes.NotSupported);
        both.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        badVersion.Body.Should().Contain(PersistedOperationErrorCodes.UnsupportedVersion);
    }

    [Fact]
    public async Task Trusted_Documents_Should_Run_Only_Documents_Of_The_Manifest()
    {
        var manifest = WriteManifest(new Dictionary<string, string> { ["sha256:" + HelloHash] = Hello, ["products-v1"] = "query Products { products { id } }" });
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.AddTrustedDocuments(manifest));
        using var client = new HttpClient { BaseAddress = server.Address };

        var byId = await PostAsync(client, new { documentId = "products-v1" });
        var byPrefixedHash = await PostAsync(client, new { documentId = "sha256:" + HelloHash });
        var byApqHash = await PostAsync(client, new { extensions = PersistedQuery(HelloHash) });
        var sameText = await PostAsync(client, new { query = Hello });
        var getById = await client.GetAsync("graphql?documentId=products-v1");
        var arbitrary = await PostAsync(client, new { query = "{ products { name } }" });
        var unknownId = await PostAsync(client, new { documentId = "nope" });
        var registration = await PostAsync(client, new { query = "{ products { name } }", extensions = PersistedQuery(Sha256("{ products { name } }")) });
        var both = await PostAsync(client, new { documentId = "products-v1", query = Hello });

        byId.Body.Should().Be("""{"data":{"products":[{"id":"1"},{"id":"2"},{"id":"3"}]}}""");
        byPrefixedHash.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        byApqHash.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        sameText.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        ((int)getById.StatusCode).Should().Be(200);
        arbitrary.Status.Should().Be(400);
        arbitrary.Body.Should().Contain(PersistedOperationErrorCodes.NotInList);
        unknownId.Body.Should().Contain(PersistedOperationErrorCodes.NotFound).And.Contain("nope");
        registration.Body.Should().Contain(PersistedOperationErrorCodes.NotInList);
        both.Body.Should().Contain(PersistedOperationErrorCodes.AmbiguousDocument);
    }

    [Fact]
    public void An_Apollo_Manifest_Should_Load_And_A_Broken_One_Should_Name_The_File()
    {
        var apollo = Path.GetTempFileName();
        File.WriteAllText(apollo, """
            {"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id":"abc","name":"Hello","type":"query","body":"{ hello }"}]}
            """);
        var broken = Path.GetTempFileName();
        File.WriteAllText(broken, """{"id": 1}""");

        var manifest = TrustedDocumentManifest.Load(apollo);
        var load = () => TrustedDocumentManifest.Load(broken);

        manifest.Count.Should().Be(1);
        manifest.ContainsHash(HelloHash).Should().BeTrue();
        load.Should().Throw<InvalidDataException>().WithMessage($"*{broken}*");
    }

    [Fact]
    public async Task Allowing_Arbitrary_Operations_Should_Keep_Manifest_Ids_Working()
    {
        var manifest = WriteManifest(new Dictionary<string, string> { ["hello"] = Hello });
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.AddTrustedDocuments(manifest, allowArbitraryOperations: true));
        using var client = new HttpClient { BaseAddress = server.Address };

        var byId = await PostAsync(client, new { documentId = "hello" });
        var arbitrary = await PostAsync(client, new { query = "{ products(first: 1) { id } }" });

        byId.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        arbitrary.Body.Should().Be("""{"data":{"products":[{"id":"1"}]}}""");
    }

    private static object PersistedQuery(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static async Task<(int Status, string Body)> PostAsync(HttpClient client, object body)
    {
        using var request = HttpRequests.PostJson(JsonSerializer.Serialize(body));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string WriteManifest(Dictionary<string, string> documents)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, JsonSerializer.Serialize(documents));
        return path;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
