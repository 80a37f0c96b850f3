import { AddToCartDocument, CartDocument, MergeCartDocument, RemoveFromCartDocument, ChangeCartQuantityDocument, type CartViewFragment, type LineKind } from "../gql/graphql";
import { execute } from "./client";
import { session } from "./session";

// A visitor's cart is an anonymous cart named by a UUID this browser makes up; on sign-in it is merged into the
// user's own cart (mergeCart) and forgotten.
const anonymousKey = "graph.cartId";
const listeners = new Set<() => void>();
let count = 0;

function anonymousCartId(): string | null {
  if (session.user()) return null;
  let id = localStorage.getItem(anonymousKey);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(anonymousKey, id);
  }
  return id;
}

function changed(cart: CartViewFragment | null | undefined): CartViewFragment | null {
  count = cart?.itemCount ?? count;
  listeners.forEach((l) => l());
  return cart ?? null;
}

export const cartCount = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => count,
};

export async function loadCart(): Promise<CartViewFragment> {
  const data = await execute(CartDocument, { cartId: anonymousCartId() });
  return changed(data.cart)!;
}

function check(payload: { cart?: CartViewFragment | null; errors: readonly { __typename: string; message?: string }[] }): CartViewFragment {
  if (payload.errors.length > 0) throw new Error(payload.errors[0]!.message ?? payload.errors[0]!.__typename);
  return changed(payload.cart)!;
}

export async function addToCart(kind: LineKind, itemId: string, quantity: number): Promise<CartViewFragment> {
  const data = await execute(AddToCartDocument, { input: { kind, itemId, quantity, cartId: anonymousCartId() } });
  return check(data.addToCart);
}

export async function changeQuantity(kind: LineKind, itemId: string, quantity: number): Promise<CartViewFragment> {
  const data = await execute(ChangeCartQuantityDocument, { input: { kind, itemId, quantity, cartId: anonymousCartId() } });
  return check(data.changeCartQuantity);
}

export async function removeFromCart(kind: LineKind, itemId: string): Promise<CartViewFragment> {
  const data = await execute(RemoveFromCartDocument, { input: { kind, itemId, cartId: anonymousCartId() } });
  return check(data.removeFromCart);
}

/** After sign-in: moves the visitor's lines into the user's cart. */
export async function mergeAnonymousCart(): Promise<void> {
  const id = localStorage.getItem(anonymousKey);
  if (!id) {
    await loadCart();
    return;
  }
  const data = await execute(MergeCartDocument, { input: { anonymousCartId: id } });
  localStorage.removeItem(anonymousKey);
  changed(data.mergeCart.cart);
}
