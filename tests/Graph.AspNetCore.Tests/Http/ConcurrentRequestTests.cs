using FluentAssertions;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>
/// Many different requests at once on keep-alive connections: each answer belongs to its own request. Guards the
/// request body's lifetime (a body parsed over Kestrel's pooled pipe memory was overwritten by other requests).
/// </summary>
public sealed class ConcurrentRequestTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    [Fact]
    public async Task Concurrent_Requests_Should_Each_Get_Their_Own_Answer()
    {
        var workers = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            var wrong = new List<string>();
            for (var i = 0; i < 40; i++)
            {
                var name = $"w{worker}r{i}";
                var body = $$$"""{"query":"query Q{{{worker}}}x{{{i}}}($n: String) { hello(name: $n) }","variables":{"n":"{{{name}}}"}}""";
                using var response = await fixture.Client.SendAsync(HttpRequests.PostJson(body));
                var answer = await response.Content.ReadAsStringAsync();
                if (answer != $$$"""{"data":{"hello":"Hello, {{{name}}}!"}}""")
                {
                    wrong.Add(answer);
                }
            }

            return wrong;
        })).ToArray();

        var wrongAnswers = (await Task.WhenAll(workers)).SelectMany(w => w).ToList();

        wrongAnswers.Should().BeEmpty();
    }
}
