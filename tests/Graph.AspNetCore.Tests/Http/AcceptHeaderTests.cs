using FluentAssertions;
using Graph.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>Content negotiation (GraphQLOverHTTP.md "Body"; RFC 9110 12.5.1) as a table.</summary>
public sealed class AcceptHeaderTests
{
    [Theory]
    [InlineData(null, ResponseMediaType.Json)]
    [InlineData("", ResponseMediaType.Json)]
    [InlineData("application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/json", ResponseMediaType.Json)]
    [InlineData("*/*", ResponseMediaType.Json)]
    [InlineData("application/*", ResponseMediaType.Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.8", ResponseMediaType.Json)]
    [InlineData("text/html, */*;q=0.1", ResponseMediaType.Json)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON; charset=UTF-8", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=latin1, application/json", ResponseMediaType.Json)]
    [InlineData("application/json;q=0", ResponseMediaType.None)]
    [InlineData("text/html", ResponseMediaType.None)]
    [InlineData("application/xml, text/plain;q=0.5", ResponseMediaType.None)]
    [InlineData("application/json;q=abc", ResponseMediaType.None)]
    public void Accept_Should_Choose_The_Highest_Ranked_Supported_Type(string? accept, ResponseMediaType expected) =>
        AcceptHeader.Negotiate(new StringValues(accept)).Should().Be(expected);

    [Fact]
    public void Several_Accept_Headers_Should_Be_Read_Together() =>
        AcceptHeader.Negotiate(new StringValues(["text/html", "application/graphql-response+json"])).Should().Be(ResponseMediaType.GraphQLResponseJson);
}
