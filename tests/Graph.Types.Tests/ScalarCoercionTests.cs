using System.Text.Json;

namespace Graph.Types.Tests;

/// <summary>Coercion tables of spec 3.5 (built-in scalars) and the product scalars, as data.</summary>
public sealed class ScalarCoercionTests
{
    private static ScalarType Scalar(string name) => BuiltInScalars.Find(name)!;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    // Spec 3.5.1 Int: only integer literals, 32-bit range.
    [InlineData("Int", "123", 123)]
    [InlineData("Int", "-2147483648", -2147483648)]
    [InlineData("Float", "1", 1.0)]
    [InlineData("Float", "1.5e3", 1500.0)]
    [InlineData("String", "\"abc\"", "abc")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "\"4\"", "4")]
    [InlineData("ID", "-4", "-4")]
    [InlineData("Long", "9007199254740993", 9007199254740993L)]
    [InlineData("JSON", "null", null)]
    public void CoerceInputLiteral_Should_Accept(string scalar, string literal, object? expected)
    {
        Scalar(scalar).CoerceInputLiteral(Parser.ParseConstValue(literal)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "\"123\"", "Int cannot represent non-integer value: \"123\"")]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", "1e400", "Float cannot represent non numeric value: 1e400")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "4.0", "ID cannot represent a non-string and non-integer value: 4.0")]
    [InlineData("ID", "true", "ID cannot represent a non-string and non-integer value: true")]
    [InlineData("DateTime", "\"2024-05-01\"", "DateTime cannot represent an invalid date-time string: \"2024-05-01\". Expected RFC 3339, for example 2024-05-01T10:30:00Z.")]
    [InlineData("Date", "\"2024-13-01\"", "Date cannot represent an invalid date string: \"2024-13-01\". Expected yyyy-MM-dd.")]
    [InlineData("UUID", "\"nope\"", "UUID cannot represent an invalid UUID string: \"nope\".")]
    [InlineData("Long", "1.5", "Long cannot represent non-integer value: 1.5")]
    [InlineData("Long", "9223372036854775808", "Long cannot represent non 64-bit signed integer value: 9223372036854775808")]
    [InlineData("URL", "\"/relative\"", "URL cannot represent an invalid absolute URL: \"/relative\".")]
    [InlineData("Decimal", "true", "Decimal cannot represent a non numeric value: true")]
    public void CoerceInputLiteral_Should_Reject_With_A_Clear_Message(string scalar, string literal, string message)
    {
        FluentActions.Invoking(() => Scalar(scalar).CoerceInputLiteral(Parser.ParseConstValue(literal)))
            .Should().Throw<CoercionException>().WithMessage(message);
    }

    [Theory]
    // Variables arrive as JSON: 1.0 is an integer input value (spec 3.5 "Input Coercion").
    [InlineData("Int", "1.0", 1)]
    [InlineData("Float", "2", 2.0)]
    [InlineData("String", "\"s\"", "s")]
    [InlineData("Boolean", "false", false)]
    [InlineData("ID", "7", "7")]
    [InlineData("Long", "-9007199254740993", -9007199254740993L)]
    [InlineData("Int", "null", null)]
    public void CoerceInputValue_Should_Accept_Json(string scalar, string json, object? expected)
    {
        Scalar(scalar).CoerceInputValue(Json(json)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Float", "true", "Float cannot represent non numeric value: true")]
    [InlineData("String", "[1]", "String cannot represent a non string value: [1]")]
    [InlineData("Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", "1.5", "ID cannot represent value: 1.5")]
    [InlineData("ID", "{\"a\":1}", "ID cannot represent value: { a: 1 }")]
    public void CoerceInputValue_Should_Reject_Json(string scalar, string json, string message)
    {
        FluentActions.Invoking(() => Scalar(scalar).CoerceInputValue(Json(json)))
            .Should().Throw<CoercionException>().WithMessage(message);
    }

    public static TheoryData<string, object, object> Results() => new()
    {
        // Spec 3.5 "Result Coercion": lossless conversions allowed.
        { "Int", 1.0, 1 },
        { "Int", "123", 123 },
        { "Int", true, 1 },
        { "Float", 1, 1.0 },
        { "Float", "1.5", 1.5 },
        { "String", true, "true" },
        { "String", 1, "1" },
        { "String", 1.5, "1.5" },
        { "Boolean", 0, false },
        { "ID", 42, "42" },
        { "ID", new Guid("6f0c2a5e-8a4b-4d3e-9b0a-2f1c3d4e5f60"), "6f0c2a5e-8a4b-4d3e-9b0a-2f1c3d4e5f60" },
        { "DateTime", new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.Zero), "2024-05-01T10:30:00.000Z" },
        { "DateTime", new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.FromHours(2)), "2024-05-01T10:30:00.000+02:00" },
        { "Date", new DateOnly(2024, 5, 1), "2024-05-01" },
        { "UUID", new Guid("6F0C2A5E-8A4B-4D3E-9B0A-2F1C3D4E5F60"), "6f0c2a5e-8a4b-4d3e-9b0a-2f1c3d4e5f60" },
        { "Decimal", 19.99m, "19.99" },
        { "Long", 9007199254740993L, 9007199254740993L },
        { "URL", new Uri("https://example.com/a"), "https://example.com/a" },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void SerializeResult_Should_Coerce(string scalar, object value, object expected)
    {
        Scalar(scalar).SerializeResult(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("Int", 1.2, "Int cannot represent non-integer value: 1.2")]
    [InlineData("Int", 3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Float", double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity")]
    [InlineData("String", double.NaN, "String cannot represent value: NaN")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    [InlineData("Boolean", "yes", "Boolean cannot represent a non boolean value: \"yes\"")]
    public void SerializeResult_Should_Raise_When_Information_Would_Be_Lost(string scalar, object value, string message)
    {
        FluentActions.Invoking(() => Scalar(scalar).SerializeResult(value)).Should().Throw<CoercionException>().WithMessage(message);
    }

    [Fact]
    public void Null_Should_Coerce_To_Null_For_Every_Scalar()
    {
        foreach (var scalar in BuiltInScalars.Specified.Concat(BuiltInScalars.Product))
        {
            scalar.CoerceInputLiteral(new NullValueNode()).Should().BeNull();
            scalar.CoerceInputValue((object?)null).Should().BeNull();
            scalar.SerializeResult(null).Should().BeNull();
        }
    }

    [Fact]
    public void Product_Scalars_Should_Coerce_Their_Runtime_Types()
    {
        Scalar("DateTime").CoerceInputLiteral(new StringValueNode("2024-05-01T10:30:00.123456789+02:00"))
            .Should().Be(new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.FromHours(2)).AddTicks(1234567));
        Scalar("Date").CoerceInputValue(Json("\"2024-02-29\"")).Should().Be(new DateOnly(2024, 2, 29));
        Scalar("UUID").CoerceInputLiteral(new StringValueNode("6f0c2a5e-8a4b-4d3e-9b0a-2f1c3d4e5f60")).Should().Be(new Guid("6f0c2a5e-8a4b-4d3e-9b0a-2f1c3d4e5f60"));
        Scalar("Decimal").CoerceInputLiteral(new StringValueNode("0.1")).Should().Be(0.1m);
        Scalar("Decimal").CoerceInputLiteral(new FloatValueNode("12.50")).Should().Be(12.50m);
        Scalar("Decimal").CoerceInputValue(Json("79228162514264337593543950335")).Should().Be(decimal.MaxValue);
        Scalar("URL").CoerceInputValue(Json("\"https://example.com/x?y=1\"")).Should().Be(new Uri("https://example.com/x?y=1"));
        ((JsonElement)Scalar("JSON").CoerceInputLiteral(Parser.ParseConstValue("{a: [1, \"x\", true, null], b: ENUM}")!)!).GetRawText()
            .Should().Be("{\"a\":[1,\"x\",true,null],\"b\":\"ENUM\"}");
    }

    [Fact]
    public void Product_Scalars_Should_Carry_SpecifiedBy_Where_A_Standard_Exists()
    {
        BuiltInScalars.DateTime.SpecifiedByUrl.Should().Be("https://scalars.graphql.org/andimarek/date-time");
        BuiltInScalars.UUID.SpecifiedByUrl.Should().Be("https://tools.ietf.org/html/rfc4122");
        BuiltInScalars.URL.SpecifiedByUrl.Should().Be("https://tools.ietf.org/html/rfc3986");
        BuiltInScalars.Decimal.SpecifiedByUrl.Should().BeNull();
        BuiltInScalars.Int.SpecifiedByUrl.Should().BeNull();
    }

    [Fact]
    public void ValueToLiteral_Should_Produce_Literals_That_Coerce_Back()
    {
        Scalar("Float").ValueToLiteral(1.0).Should().BeEquivalentTo(new IntValueNode("1"));
        Scalar("ID").ValueToLiteral("123").Should().BeEquivalentTo(new IntValueNode("123"));
        Scalar("ID").ValueToLiteral("abc").Should().BeEquivalentTo(new StringValueNode("abc"));
        Scalar("Decimal").ValueToLiteral(1.5m).Should().BeEquivalentTo(new StringValueNode("1.5"));
    }
}
