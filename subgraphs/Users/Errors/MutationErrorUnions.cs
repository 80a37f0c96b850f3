using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Users.Errors;

// One union per mutation (HotChocolate's mutation conventions): the errors each mutation can return.

/// <summary>Errors of <c>signUp</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError))]
[GraphQLDescription("An error `signUp` can return.")]
public interface ISignUpError;

/// <summary>Errors of <c>signIn</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError))]
[GraphQLDescription("An error `signIn` can return.")]
public interface ISignInError;

/// <summary>Errors of <c>refreshToken</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError))]
[GraphQLDescription("An error `refreshToken` can return.")]
public interface IRefreshTokenError;

/// <summary>Errors of <c>signOut</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError))]
[GraphQLDescription("An error `signOut` can return.")]
public interface ISignOutError;

/// <summary>Errors of <c>updateProfile</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError), typeof(NotFoundError))]
[GraphQLDescription("An error `updateProfile` can return.")]
public interface IUpdateProfileError;

/// <summary>Errors of <c>changePassword</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError), typeof(NotFoundError))]
[GraphQLDescription("An error `changePassword` can return.")]
public interface IChangePasswordError;

/// <summary>Errors of <c>addAddress</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError), typeof(NotFoundError))]
[GraphQLDescription("An error `addAddress` can return.")]
public interface IAddAddressError;

/// <summary>Errors of <c>removeAddress</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError), typeof(NotFoundError))]
[GraphQLDescription("An error `removeAddress` can return.")]
public interface IRemoveAddressError;

/// <summary>Errors of <c>addPaymentMethod</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError), typeof(NotFoundError))]
[GraphQLDescription("An error `addPaymentMethod` can return.")]
public interface IAddPaymentMethodError;

/// <summary>Errors of <c>removePaymentMethod</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError), typeof(NotFoundError))]
[GraphQLDescription("An error `removePaymentMethod` can return.")]
public interface IRemovePaymentMethodError;

/// <summary>Errors of <c>deleteAccount</c>.</summary>
[UnionType, UnionMembers(typeof(ValidationError), typeof(NotFoundError))]
[GraphQLDescription("An error `deleteAccount` can return.")]
public interface IDeleteAccountError;
