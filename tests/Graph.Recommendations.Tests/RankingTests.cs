using FluentAssertions;
using Graph.Recommendations.Tests.Support;
using Xunit;

namespace Graph.Recommendations.Tests;

/// <summary>Cold start, ratings as a taste signal, trending windows, who sees whose recommendations, and argument limits.</summary>
public sealed class RankingTests(RankingTests.Sales system) : IClassFixture<RankingTests.Sales>
{
    private readonly UpstreamEvents _events = new(system);
    private Guid _bestSeller => system.BestSeller;
    private Guid _second => system.Second;
    private Guid _third => system.Third;
    private Guid _lastMonth => system.LastMonth;
    private Guid _refunded => system.Refunded;
    private Guid _oldTimer => system.OldTimer;

    [Fact]
    public async Task A_User_Without_History_Should_Get_The_Top_Sellers()
    {
        var newcomer = Guid.NewGuid();

        var picks = await system.Recommendations.RecommendationsAsync(newcomer, system.TokenOf(newcomer), 3);

        // All-time orders: last month's product 6 + 1, best seller 4 + 1, second 3, third 1; the refund counts for nothing.
        picks.Should().Equal(_lastMonth, _bestSeller, _second);
    }

    [Fact]
    public async Task The_Cold_Start_Should_Leave_Out_What_The_User_Bought()
    {
        var picks = await system.Recommendations.RecommendationsAsync(_oldTimer, system.TokenOf(_oldTimer), 10);

        picks.Should().NotContain([_bestSeller, _lastMonth]).And.Contain([_second, _third]).And.NotContain(_refunded);
    }

    [Fact]
    public async Task A_High_Rating_Should_Make_The_Rated_Products_Neighbours_Recommended_And_A_Low_One_Excluded()
    {
        var (fan, liked, neighbour, disliked) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var envelopes = new List<Guid>();
        envelopes.AddRange(await _events.PaidOrderAsync(Guid.NewGuid(), [liked, neighbour]));
        envelopes.AddRange(await _events.PaidOrderAsync(Guid.NewGuid(), [liked, disliked]));
        envelopes.Add(await _events.ReviewChangedAsync(Guid.NewGuid(), liked, fan, 5, "created", DateTimeOffset.UtcNow));
        envelopes.Add(await _events.ReviewChangedAsync(Guid.NewGuid(), disliked, fan, 1, "created", DateTimeOffset.UtcNow));
        await system.WaitProcessedAsync(envelopes);

        var picks = await system.Recommendations.RecommendationsAsync(fan, system.TokenOf(fan), 5);

        picks[0].Should().Be(neighbour, "the fan rated a product bought with it 5 stars");
        picks.Should().NotContain(disliked, "the fan rated it 1 star");
    }

    [Theory]
    [InlineData("DAY")]
    [InlineData("WEEK")]
    [InlineData("MONTH")]
    public async Task Trending_Products_Should_Count_Only_Paid_Orders_Within_The_Window(string window)
    {
        // Only this class's sales products: the rating test may have sold others just now.
        var known = new[] { _bestSeller, _second, _third, _lastMonth, _refunded };
        var trending = (await system.Recommendations.TrendingAsync(window)).Where(known.Contains).ToList();

        var expected = window switch
        {
            "DAY" => new[] { _second },
            "WEEK" => [_bestSeller, _second],
            _ => [_bestSeller, _second, _third],
        };
        trending.Should().Equal(expected);
    }

    [Fact]
    public async Task Another_Users_Recommendations_Should_Be_Null()
    {
        var stranger = Guid.NewGuid();

        using var response = await system.Recommendations.PostAsync(RecommendationsApi.ForUser, new { id = _oldTimer, first = 5 }, system.TokenOf(stranger));

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("userById", "recommendations").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_Anonymous_Caller_Should_Be_Refused_Recommendations()
    {
        using var response = await system.Recommendations.PostAsync(RecommendationsApi.ForUser, new { id = _oldTimer, first = 5 });

        response.ErrorCodes.Should().ContainSingle().Which.Should().NotBeNullOrEmpty();
        response.Get("userById", "recommendations").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    [InlineData(-3)]
    public async Task First_Outside_1_To_50_Should_Be_Refused_With_First_Out_Of_Range(int first)
    {
        using var recommended = await system.Recommendations.PostAsync(RecommendationsApi.Recommended, new { id = _bestSeller, first });
        using var trending = await system.Recommendations.PostAsync(RecommendationsApi.Trending, new { first, window = "DAY" });
        using var forUser = await system.Recommendations.PostAsync(RecommendationsApi.ForUser, new { id = _oldTimer, first }, system.TokenOf(_oldTimer));

        recommended.ErrorCodes.Should().Equal("FIRST_OUT_OF_RANGE");
        trending.ErrorCodes.Should().Equal("FIRST_OUT_OF_RANGE");
        forUser.ErrorCodes.Should().Equal("FIRST_OUT_OF_RANGE");
    }

    /// <summary>The service with the class's sales delivered once.</summary>
    public sealed class Sales : RecommendationsFixture
    {
        public Guid BestSeller { get; } = Guid.NewGuid();

        public Guid Second { get; } = Guid.NewGuid();

        public Guid Third { get; } = Guid.NewGuid();

        public Guid LastMonth { get; } = Guid.NewGuid();

        public Guid Refunded { get; } = Guid.NewGuid();

        public Guid OldTimer { get; } = Guid.NewGuid();

        /// <summary>
        /// Sales: best seller 4 orders two days ago, second 3 orders an hour ago, third 1 order 20 days ago, last month's
        /// product 6 orders 40 days ago, an order refunded right after it was paid an hour ago, and an old timer who bought
        /// the best seller and last month's product 90 days ago. No two counts tie, so every ranking is exact.
        /// </summary>
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var events = new UpstreamEvents(this);
            var now = DateTimeOffset.UtcNow;
            var envelopes = new List<Guid>();
            async Task BuyAsync(Guid product, int orders, TimeSpan ago)
            {
                for (var i = 0; i < orders; i++)
                {
                    envelopes.AddRange(await events.PaidOrderAsync(Guid.NewGuid(), [product], now - ago));
                }
            }

            await BuyAsync(BestSeller, 4, TimeSpan.FromDays(2));
            await BuyAsync(Second, 3, TimeSpan.FromHours(1));
            await BuyAsync(Third, 1, TimeSpan.FromDays(20));
            await BuyAsync(LastMonth, 6, TimeSpan.FromDays(40));
            var refundedOrder = Guid.NewGuid();
            var buyer = Guid.NewGuid();
            envelopes.AddRange(await events.PaidOrderAsync(buyer, [Refunded, Refunded], now - TimeSpan.FromHours(1), refundedOrder));
            envelopes.Add(await events.StatusAsync(refundedOrder, buyer, "REFUNDED", "PAID"));
            // Old enough to count in no trending window, but in the all-time top sellers.
            envelopes.AddRange(await events.PaidOrderAsync(OldTimer, [BestSeller, LastMonth], now - TimeSpan.FromDays(90)));
            await WaitProcessedAsync(envelopes);
        }
    }
}
