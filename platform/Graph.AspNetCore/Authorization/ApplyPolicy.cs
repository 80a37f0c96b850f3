namespace Graph.AspNetCore.Authorization;

/// <summary>
/// When an <c>@authorize</c> rule is checked (HotChocolate's <c>ApplyPolicy</c>): before the resolver runs, with the
/// parent object as the policy's resource, or after it, with the field's resolved value as the resource, so that a
/// policy can inspect what is about to be returned (for example the owner of an order).
/// </summary>
public enum ApplyPolicy
{
    BeforeResolver,
    AfterResolver,
}
