using System.Text.Json;
using FluentAssertions;
using Graph.Users.DemoData;
using Graph.Users.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Users.Tests.Authorization;

/// <summary>Bad or unknown query input: null for unknown ids, errors with codes for malformed or oversized input.</summary>
[Collection(UsersServiceCollection.Name)]
public sealed class QueryInputTests(UsersServiceFixture service, ITestOutputHelper output)
{
    [Fact]
    public async Task User_By_Id_With_An_Unknown_Id_Should_Be_Null_Without_Errors()
    {
        using var response = await service.Host.PostAsync("query($id: ID!) { userById(id: $id) { id } }", new { id = Guid.NewGuid() });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("userById").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task User_By_Id_With_A_Malformed_Id_Should_Be_A_Coded_Error()
    {
        using var response = await service.Host.PostAsync("query($id: ID!) { userById(id: $id) { id } }", new { id = "not-a-uuid" });
        output.WriteLine(response.Body);

        response.Errors.Should().NotBeEmpty();
        response.ErrorCodes.Should().Equal("INVALID_ID");
        response.Get("userById").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_Oversized_User_Filter_Should_Be_Refused_With_A_Code()
    {
        var admin = await service.Host.SignInAsync("admin@graph.local", DemoPeople.AdminPassword);

        using var response = await service.Host.PostAsync("query($text: String) { users(where: { emailContains: $text }) { totalCount } }",
            new { text = new string('a', 255) }, accessToken: admin.AccessToken);

        response.ErrorCodes.Should().Equal("INVALID_FILTER");
    }

    [Fact]
    public async Task Two_Aliased_User_Lists_In_One_Request_Should_Both_Answer()
    {
        // Root query fields run concurrently; each list reads on a database context of its own.
        var admin = await service.Host.SignInAsync("admin@graph.local", DemoPeople.AdminPassword);

        using var response = await service.Host.PostAsync("{ a: users(first: 2) { totalCount } b: users(first: 3) { totalCount } c: me { id } }",
            accessToken: admin.AccessToken);

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("a").GetProperty("totalCount").GetInt32().Should().BeGreaterThan(0);
        response.Get("b").GetProperty("totalCount").GetInt32().Should().Be(response.Get("a").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_Page_Larger_Than_The_Limit_Should_Be_Refused_With_A_Code()
    {
        var admin = await service.Host.SignInAsync("admin@graph.local", DemoPeople.AdminPassword);

        using var response = await service.Host.PostAsync("{ users(first: 101) { totalCount } }", accessToken: admin.AccessToken);

        response.ErrorCodes.Should().Equal("PAGING_PAGE_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task Filter_Text_Should_Match_Literally_Not_As_A_Pattern()
    {
        var admin = await service.Host.SignInAsync("admin@graph.local", DemoPeople.AdminPassword);

        using var response = await service.Host.PostAsync("{ users(first: 5, where: { emailContains: \"%\" }) { totalCount } }", accessToken: admin.AccessToken);

        response.Get("users", "totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_Malformed_Id_In_A_Mutation_Input_Should_Be_A_Validation_Error()
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(
            "mutation($id: ID!) { removeAddress(input: { id: $id }) { address { id } errors { __typename ... on Error { code } } } }",
            new { id = "not-a-uuid" }, accessToken: session.AccessToken);

        response.PayloadErrors("removeAddress").Should().Equal(("ValidationError", "VALIDATION_FAILED"));
        response.Get("removeAddress", "errors")[0].GetProperty("__typename").GetString().Should().Be("ValidationError");
    }
}
