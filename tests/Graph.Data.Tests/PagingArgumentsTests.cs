using FluentAssertions;
using Graph.Execution;
using Xunit;

namespace Graph.Data.Tests;

/// <summary>Validation of <c>first/after/last/before</c>: each violation is a GraphQL error with a stable code.</summary>
public sealed class PagingArgumentsTests
{
    private static readonly string ValidCursor = CursorKeys.Encode(7);

    [Fact]
    public void First_And_Last_Together_Should_Be_Refused() =>
        Code(new PagingArguments(First: 2, Last: 2)).Should().Be("PAGING_FIRST_AND_LAST");

    [Theory]
    [InlineData(-1, null)]
    [InlineData(null, -5)]
    public void A_Negative_Count_Should_Be_Refused(int? first, int? last) =>
        Code(new PagingArguments(First: first, Last: last)).Should().Be("PAGING_NEGATIVE_COUNT");

    [Fact]
    public void A_Count_Above_The_Maximum_Should_Be_Refused_And_Name_The_Maximum()
    {
        var error = Error(new PagingArguments(First: 51));

        error.Code.Should().Be("PAGING_PAGE_SIZE_EXCEEDED");
        error.Extensions["maxPageSize"].Should().Be(50);
        error.Message.Should().Be("`first` must be at most 50; got 51.");
        Code(new PagingArguments(Last: 11) { MaxPageSize = 10 }).Should().Be("PAGING_PAGE_SIZE_EXCEEDED");
    }

    [Fact]
    public void The_Maximum_Should_Be_Configurable_Per_Call()
    {
        var page = new PagingArguments(First: 200) { MaxPageSize = 200 }.Validate();

        page.PageSize.Should().Be(200);
        page.FetchCount.Should().Be(201);
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("")]
    [InlineData("AQE")]
    public void An_Undecodable_After_Should_Be_Refused(string after)
    {
        var error = Error(new PagingArguments(First: 1, After: after));

        error.Code.Should().Be("PAGING_INVALID_CURSOR");
        error.Extensions["argument"].Should().Be("after");
    }

    [Fact]
    public void A_Tampered_Before_Should_Be_Refused()
    {
        var tampered = ValidCursor[..^2] + (ValidCursor[^2] == 'A' ? "B" : "A") + ValidCursor[^1];

        var error = Error(new PagingArguments(Last: 1, Before: tampered));

        error.Code.Should().Be("PAGING_INVALID_CURSOR");
        error.Extensions["argument"].Should().Be("before");
    }

    [Fact]
    public void An_Overlong_Cursor_Should_Be_Refused_Before_Decoding() =>
        Code(new PagingArguments(First: 1, After: new string('A', 5000))).Should().Be("PAGING_INVALID_CURSOR");

    [Fact]
    public void Without_Counts_The_Default_Page_Size_Should_Read_Forward_Unless_Only_Before_Is_Given()
    {
        new PagingArguments().Validate().Should().Be(new PageRequest(10, IsBackward: false, null, null));
        new PagingArguments { DefaultPageSize = 3 }.Validate().PageSize.Should().Be(3);
        new PagingArguments(Before: ValidCursor).Validate().IsBackward.Should().BeTrue();
        new PagingArguments(After: ValidCursor, Before: ValidCursor).Validate().IsBackward.Should().BeFalse();
    }

    [Fact]
    public void Valid_Arguments_Should_Decode_Both_Cursors()
    {
        var page = new PagingArguments(Last: 4, After: CursorKeys.Encode(1), Before: CursorKeys.Encode(9)).Validate();

        page.IsBackward.Should().BeTrue();
        page.After!.Get<int>(0).Should().Be(1);
        page.Before!.Get<int>(0).Should().Be(9);
    }

    [Fact]
    public void Inconsistent_Limits_Should_Be_A_Programming_Error_Not_A_Client_Error()
    {
        var act = () => new PagingArguments { MaxPageSize = 5, DefaultPageSize = 10 }.Validate();

        act.Should().Throw<InvalidOperationException>().WithMessage("*DefaultPageSize <= MaxPageSize*");
        var unbounded = () => new PagingArguments { MaxPageSize = int.MaxValue }.Validate();
        unbounded.Should().Throw<InvalidOperationException>();
    }

    private static string? Code(PagingArguments arguments) => Error(arguments).Code;

    private static GraphQLException Error(PagingArguments arguments)
    {
        var act = () => arguments.Validate();
        return act.Should().Throw<GraphQLException>().Which;
    }
}
