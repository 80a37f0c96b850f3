using System.Security.Claims;
using Graph.Payments.Domain;
using Graph.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Graph.Payments.GraphQL;

/// <summary>Policy names used on <see cref="Payment"/> fields.</summary>
public static class PaymentPolicies
{
    /// <summary>The customer who paid, or an admin.</summary>
    public const string OwnerOrAdmin = "paymentOwnerOrAdmin";
}

/// <summary>The caller must be the payment's customer or an admin (ARCHITECTURE.md section 8).</summary>
public sealed class PaymentAccessRequirement : IAuthorizationRequirement;

/// <summary>Decides <see cref="PaymentAccessRequirement"/> with the parent <see cref="Payment"/> as the resource, on every path that reaches it (lookups, <c>Order.payment</c>, <c>_entities</c>).</summary>
public sealed class PaymentAccessHandler : AuthorizationHandler<PaymentAccessRequirement, Payment>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PaymentAccessRequirement requirement, Payment resource)
    {
        if (PaymentAccess.CanRead(context.User, resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Who may read a payment: its customer and admins.</summary>
public static class PaymentAccess
{
    public static bool CanRead(ClaimsPrincipal caller, Payment payment) =>
        caller.IsAdmin() || caller.GetUserId() is { } id && id == payment.UserId;
}
