using FluentAssertions;
using Graph.Execution;
using Xunit;

namespace Graph.Data.Tests;

/// <summary>The opaque cursor format: every supported key type round-trips exactly; anything else is refused.</summary>
public sealed class CursorKeysTests
{
    public static TheoryData<object?> Values =>
    [
        null,
        true,
        false,
        (short)-12,
        0,
        int.MinValue,
        long.MaxValue,
        123456789.000000001m,
        -0.5m,
        3.141592653589793,
        double.NegativeInfinity,
        1.5f,
        Guid.Parse("0b9e5a1c-6f2d-4c3b-9a8e-7d6c5b4a3f21"),
        "",
        "Äpfel & 🍎, \"quoted\"",
        new string('x', 300),
        new DateTime(2026, 11, 21, 13, 22, 39, 123, DateTimeKind.Utc).AddTicks(4567),
        new DateTime(2026, 11, 21, 13, 22, 39, DateTimeKind.Unspecified),
        new DateTimeOffset(2026, 11, 21, 13, 22, 39, TimeSpan.FromHours(-5.5)),
        new DateOnly(2026, 2, 28),
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void A_Key_Should_Round_Trip_With_Its_Type_And_Value(object? value)
    {
        var keys = CursorKeys.Decode(CursorKeys.Encode(value));

        keys.Count.Should().Be(1);
        keys[0].Should().Be(value);
        keys[0]?.GetType().Should().Be(value?.GetType());
        if (value is DateTime dateTime)
        {
            ((DateTime)keys[0]!).Kind.Should().Be(dateTime.Kind);
        }

        if (value is DateTimeOffset offset)
        {
            ((DateTimeOffset)keys[0]!).Offset.Should().Be(offset.Offset);
        }
    }

    [Fact]
    public void Several_Keys_Should_Round_Trip_In_Order()
    {
        var id = Guid.NewGuid();
        var cursor = CursorKeys.Encode(0.87f, id, null, "x");

        var keys = CursorKeys.Decode(cursor);

        keys.Values.Should().Equal(0.87f, id, null, "x");
        keys.Get<float>(0).Should().Be(0.87f);
        keys.Get<Guid>(1).Should().Be(id);
        keys.Get<int?>(2).Should().BeNull();
    }

    [Fact]
    public void A_Cursor_Should_Be_Url_Safe_And_Start_With_The_Format_Version()
    {
        var cursor = CursorKeys.Encode("a/b+c?", 42L);

        cursor.Should().MatchRegex("^[A-Za-z0-9_-]+$");
        Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/').PadRight((cursor.Length + 3) / 4 * 4, '='))[0].Should().Be(1);
    }

    [Fact]
    public void Enums_Should_Be_Stored_By_Number_And_Read_Back_As_The_Enum()
    {
        var keys = CursorKeys.Decode(CursorKeys.Encode(Availability.SoldOut));

        keys[0].Should().Be(2L);
        keys.Get<Availability>(0).Should().Be(Availability.SoldOut);
        keys.Match([typeof(Availability?)], "after").Should().Equal(Availability.SoldOut);
    }

    [Fact]
    public void Every_Single_Changed_Character_Should_Make_The_Cursor_Invalid()
    {
        var cursor = CursorKeys.Encode(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), "Mug", 17);

        for (var i = 0; i < cursor.Length; i++)
        {
            var replacement = cursor[i] == 'Q' ? 'R' : 'Q';
            var tampered = cursor[..i] + replacement + cursor[(i + 1)..];

            CursorKeys.TryDecode(tampered, out _).Should().BeFalse($"character {i} was changed");
            var act = () => CursorKeys.Decode(tampered, "before");
            act.Should().Throw<GraphQLException>().Which.Code.Should().Be("PAGING_INVALID_CURSOR");
        }
    }

    [Fact]
    public void A_Truncated_Or_Extended_Cursor_Should_Be_Invalid()
    {
        var cursor = CursorKeys.Encode(1, 2);

        CursorKeys.TryDecode(cursor[..^1], out _).Should().BeFalse();
        CursorKeys.TryDecode(cursor + "AA", out _).Should().BeFalse();
        CursorKeys.TryDecode(null, out _).Should().BeFalse();
    }

    [Fact]
    public void A_Cursor_Of_Another_Ordering_Should_Not_Match()
    {
        var keys = CursorKeys.Decode(CursorKeys.Encode("Mug", 3));

        Code(() => keys.Match([typeof(int)], "after")).Should().Be("PAGING_INVALID_CURSOR");
        Code(() => keys.Match([typeof(int), typeof(int)], "after")).Should().Be("PAGING_INVALID_CURSOR");
        Code(() => keys.Get<Guid>(0)).Should().Be("PAGING_INVALID_CURSOR");
        Code(() => keys.Get<int>(5)).Should().Be("PAGING_INVALID_CURSOR");
        Code(() => CursorKeys.Decode(CursorKeys.Encode(null, 3)).Match([typeof(int), typeof(int)], "after")).Should().Be("PAGING_INVALID_CURSOR");
        keys.Match([typeof(string), typeof(int)], "after").Should().Equal("Mug", 3);
    }

    [Fact]
    public void Unsupported_Key_Types_Should_Be_Refused_When_Encoding()
    {
        var act = () => CursorKeys.Encode(TimeSpan.FromSeconds(1));

        act.Should().Throw<ArgumentException>().WithMessage("*TimeSpan is not supported*");
    }

    private static string? Code(Action act) => act.Should().Throw<GraphQLException>().Which.Code;
}
