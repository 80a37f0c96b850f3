using FluentAssertions;
using Graph.Notifications.Tests.Support;
using Xunit;

namespace Graph.Notifications.Tests;

/// <summary><c>deadLetters</c> and <c>replayDeadLetter</c> are for admins only.</summary>
[Collection(NotificationsServiceCollection.Name)]
public sealed class DeadLetterAdminTests(NotificationsServiceFixture service)
{
    private const string DeadLettersQuery = "{ deadLetters(first: 5) { nodes { id eventType error attempts } pageInfo { hasNextPage } } }";

    [Fact]
    public async Task A_Customer_Should_Be_Refused_The_Dead_Letters_And_Their_Replay()
    {
        var customer = service.CustomerToken(Guid.NewGuid());

        using var list = await service.Host.PostAsync(DeadLettersQuery, accessToken: customer);
        list.ErrorCodes.Should().Contain("AUTH_NOT_AUTHORIZED");
        using var replay = await service.Host.PostAsync(EmailFlowTests.ReplayMutation, new { id = Guid.NewGuid() }, customer);
        replay.ErrorCodes.Should().Contain("AUTH_NOT_AUTHORIZED");
        using var anonymous = await service.Host.PostAsync(DeadLettersQuery);
        anonymous.ErrorCodes.Should().Contain("AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task An_Admin_Should_List_Dead_Letters_And_Get_Not_Found_For_An_Unknown_Id()
    {
        using var list = await service.Host.PostAsync(DeadLettersQuery, accessToken: service.AdminToken);
        list.Errors.Should().BeEmpty(list.Body);
        list.Get("deadLetters", "nodes").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Array);

        using var replay = await service.Host.PostAsync(EmailFlowTests.ReplayMutation, new { id = Guid.NewGuid() }, service.AdminToken);
        replay.Get("replayDeadLetter", "errors")[0].GetProperty("code").GetString().Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task A_Malformed_Id_Should_Be_An_Invalid_Id_Error()
    {
        using var replay = await service.Host.PostAsync(EmailFlowTests.ReplayMutation, new { id = "not-a-uuid" }, service.AdminToken);

        replay.ErrorCodes.Should().Contain("INVALID_ID");
    }
}
