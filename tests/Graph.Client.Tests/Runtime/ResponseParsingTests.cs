using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using Xunit;

namespace Graph.Client.Tests.Runtime;

/// <summary>Results are read strictly: what the schema promises is checked, product scalars keep their precision.</summary>
public sealed class ResponseParsingTests
{
    [Fact]
    public void A_Decimal_Should_Be_Read_From_A_String_Or_Number_And_Written_As_A_String()
    {
        var result = ResponseReader.ParseResult<MoneyResult>(Json("""{"data":{"amount":"19.99","currency":"USD","day":"2026-11-21","status":"PAYMENT_FAILED"}}"""));

        result.EnsureData().Amount.Should().Be(19.99m);
        result.Data!.Day.Should().Be(new DateOnly(2026, 11, 21));
        result.Data.Status.Should().Be(TestStatus.PaymentFailed);
        JsonSerializer.Serialize(new MoneyResult { Amount = 0.1m, Currency = "EUR", Day = new DateOnly(2026, 1, 2), Status = TestStatus.Paid }, GraphQLSerializer.Options)
            .Should().Be("""{"amount":"0.1","currency":"EUR","day":"2026-01-02","status":"PAID"}""");
    }

    [Fact]
    public void A_Null_Where_The_Schema_Promised_A_Value_Should_Fail_Loudly()
    {
        var act = () => ResponseReader.ParseResult<MoneyResult>(Json("""{"data":{"amount":"1","currency":null,"day":"2026-11-21","status":"PAID"}}"""));

        act.Should().Throw<GraphQLClientException>().WithMessage("The response does not match the generated MoneyResult*");
    }

    [Fact]
    public void A_Missing_Key_Should_Fail_Loudly()
    {
        var act = () => ResponseReader.ParseResult<MoneyResult>(Json("""{"data":{"amount":"1","currency":"USD","status":"PAID"}}"""));

        act.Should().Throw<GraphQLClientException>().WithMessage("*day*");
    }

    [Fact]
    public void A_Body_That_Is_Not_A_GraphQL_Response_Should_Be_Rejected()
    {
        var act = () => ResponseReader.ParseResult<MoneyResult>(Json("""{"message":"hello"}"""));

        act.Should().Throw<GraphQLClientException>().WithMessage("Not a GraphQL response*");
    }

    private static ReadOnlyMemory<byte> Json(string text) => Encoding.UTF8.GetBytes(text);
}

internal sealed record MoneyResult
{
    [JsonPropertyName("amount")]
    public required decimal Amount { get; init; }

    [JsonPropertyName("currency")]
    public required string Currency { get; init; }

    [JsonPropertyName("day")]
    public required DateOnly Day { get; init; }

    [JsonPropertyName("status")]
    public required TestStatus Status { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<TestStatus>))]
internal enum TestStatus
{
    [JsonStringEnumMemberName("PAID")]
    Paid,
    [JsonStringEnumMemberName("PAYMENT_FAILED")]
    PaymentFailed,
}
