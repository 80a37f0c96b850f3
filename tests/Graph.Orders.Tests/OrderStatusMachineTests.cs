using FluentAssertions;
using Graph.Orders.Domain;
using Xunit;

namespace Graph.Orders.Tests;

/// <summary>Every (from, to, wasPaid) combination against the issue's list of legal moves.</summary>
public sealed class OrderStatusMachineTests
{
    private static readonly HashSet<(OrderStatus, OrderStatus)> Legal =
    [
        (OrderStatus.Pending, OrderStatus.Paid),
        (OrderStatus.Pending, OrderStatus.PaymentFailed),
        (OrderStatus.Pending, OrderStatus.Rejected),
        (OrderStatus.Pending, OrderStatus.Cancelled),
        (OrderStatus.Paid, OrderStatus.Shipped),
        (OrderStatus.Paid, OrderStatus.Cancelled),
        (OrderStatus.Shipped, OrderStatus.Delivered),
    ];

    public static TheoryData<OrderStatus, OrderStatus, bool> AllPairs()
    {
        var data = new TheoryData<OrderStatus, OrderStatus, bool>();
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            foreach (var to in Enum.GetValues<OrderStatus>())
            {
                data.Add(from, to, false);
                data.Add(from, to, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void A_Move_Should_Be_Legal_Exactly_When_The_Issue_Lists_It(OrderStatus from, OrderStatus to, bool wasPaid)
    {
        var expected = Legal.Contains((from, to)) || (from, to, wasPaid) == (OrderStatus.Cancelled, OrderStatus.Refunded, true);

        OrderStatusMachine.CanMove(from, to, wasPaid).Should().Be(expected);
    }

    [Fact]
    public void Delivered_Rejected_Payment_Failed_And_Refunded_Should_Be_Final()
    {
        OrderStatusMachine.IsFinal(OrderStatus.Delivered, wasPaid: true).Should().BeTrue();
        OrderStatusMachine.IsFinal(OrderStatus.Rejected, wasPaid: false).Should().BeTrue();
        OrderStatusMachine.IsFinal(OrderStatus.PaymentFailed, wasPaid: false).Should().BeTrue();
        OrderStatusMachine.IsFinal(OrderStatus.Refunded, wasPaid: true).Should().BeTrue();
        OrderStatusMachine.IsFinal(OrderStatus.Cancelled, wasPaid: false).Should().BeTrue();
        OrderStatusMachine.IsFinal(OrderStatus.Cancelled, wasPaid: true).Should().BeFalse();
        OrderStatusMachine.IsFinal(OrderStatus.Pending, wasPaid: false).Should().BeFalse();
    }
}
