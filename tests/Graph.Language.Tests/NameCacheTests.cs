using System.Text;
using FluentAssertions;

namespace Graph.Language.Tests;

/// <summary>
/// The name table identifies a token of up to 16 bytes by its length and two overlapping words, and a longer one
/// by those plus its characters: names that share those words must still come back as themselves.
/// </summary>
public sealed class NameCacheTests
{
    [Theory]
    [InlineData("aaaaaaaaa", "aaaaaaaaaa")]
    [InlineData("abcdefgh", "abcdefghabcdefgh")]
    [InlineData("a", "aa")]
    [InlineData("abc", "abbc")]
    [InlineData("abcdefghXabcdefgh", "abcdefghYabcdefgh")]
    [InlineData("prefix_0123456789_middle_A_0123456789_suffix", "prefix_0123456789_middle_B_0123456789_suffix")]
    public void Names_Sharing_Head_And_Tail_Should_Intern_As_Themselves(string first, string second)
    {
        var cache = new NameCache();

        for (var round = 0; round < 3; round++)
        {
            cache.Intern(Encoding.ASCII.GetBytes(first)).Should().Be(first);
            cache.Intern(Encoding.ASCII.GetBytes(second)).Should().Be(second);
        }
    }

    [Fact]
    public void Every_Length_Up_To_The_Cached_Maximum_And_Past_It_Should_Read_Back_Exactly()
    {
        var cache = new NameCache();
        for (var length = 0; length <= 60; length++)
        {
            var name = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));

            var interned = cache.Intern(Encoding.ASCII.GetBytes(name));

            interned.Should().Be(name);
            cache.Intern(Encoding.ASCII.GetBytes(name)).Should().Be(name);
            if (length is > 0 and <= 48)
            {
                cache.Intern(Encoding.ASCII.GetBytes(name)).Should().BeSameAs(interned, because: "a cached name is materialised once");
            }
        }
    }

    [Fact]
    public void A_Repeated_Name_Should_Be_The_Same_String_Instance()
    {
        var cache = new NameCache();

        var first = cache.Intern("productName"u8);
        var again = cache.Intern("productName"u8);

        again.Should().BeSameAs(first);
    }
}
