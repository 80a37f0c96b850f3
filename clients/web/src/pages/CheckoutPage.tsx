import { useState, type FormEvent } from "react";
import { AddAddressDocument, AddPaymentMethodDocument, CheckoutDocument, WalletDocument } from "../gql/graphql";
import { execute } from "../api/client";
import { loadCart } from "../api/cart";
import { useAsync } from "../api/useQuery";
import { money } from "../format";
import { navigate } from "../router";

/**
 * The fake Stripe's (and Stripe's own) test payment methods: a storefront never sees card numbers, only the id of a
 * payment method the client already saved with Stripe (Users refuses card numbers).
 */
const testCards = [
  { id: "pm_card_visa", brand: "visa", last4: "4242", label: "Visa •••• 4242 (succeeds)" },
  { id: "pm_card_mastercard", brand: "mastercard", last4: "4444", label: "Mastercard •••• 4444 (succeeds)" },
  { id: "pm_card_chargeDeclined", brand: "visa", last4: "0002", label: "Visa •••• 0002 (declined)" },
];

function firstError(errors: readonly { __typename: string; message?: string }[] | null | undefined) {
  const first = errors?.[0];
  return first ? new Error(first.message ?? first.__typename) : null;
}

export function CheckoutPage() {
  const wallet = useAsync(() => execute(WalletDocument), "wallet");
  const cart = useAsync(loadCart, "cart");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const me = wallet.data?.me;

  const guard = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const addAddress = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? "").trim();
    return guard(async () => {
      const data = await execute(AddAddressDocument, {
        input: { recipient: value("recipient"), line1: value("line1"), city: value("city"), postalCode: value("postalCode"), country: value("country") },
      });
      const failure = firstError(data.addAddress.errors);
      if (failure) throw failure;
      formElement.reset();
      wallet.reload();
    });
  };

  const addCard = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const card = testCards.find((c) => c.id === new FormData(event.currentTarget).get("testCard")) ?? testCards[0]!;
    const nextYear = new Date().getFullYear() + 3;
    return guard(async () => {
      const data = await execute(AddPaymentMethodDocument, {
        input: { stripePaymentMethodId: card.id, brand: card.brand, last4: card.last4, expMonth: 12, expYear: nextYear },
      });
      const failure = firstError(data.addPaymentMethod.errors);
      if (failure) throw failure;
      wallet.reload();
    });
  };

  const placeOrder = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    return guard(async () => {
      const data = await execute(CheckoutDocument, {
        input: { paymentMethodId: String(form.get("paymentMethod")), shippingAddressId: String(form.get("address")), idempotencyKey },
      });
      const failure = firstError(data.checkout.errors);
      if (failure) throw failure;
      await loadCart();
      navigate(`/orders/${data.checkout.order!.id}`);
    });
  };

  if (wallet.error) return <p className="error">{wallet.error}</p>;
  if (!me || !cart.data) return <p className="muted">Loading…</p>;
  const addresses = me.addresses ?? [];
  const cards = me.paymentMethods ?? [];
  return (
    <section className="checkout">
      <h1>Checkout</h1>
      <p>{cart.data.itemCount} {cart.data.itemCount === 1 ? "item" : "items"}, total <strong>{money(cart.data.total)}</strong></p>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="columns">
        <form className="panel" onSubmit={addAddress}>
          <h2>Add a shipping address</h2>
          <label>Recipient<input name="recipient" required maxLength={200} /></label>
          <label>Street<input name="line1" required maxLength={200} /></label>
          <label>City<input name="city" required maxLength={100} /></label>
          <label>Postal code<input name="postalCode" required maxLength={20} /></label>
          <label>Country<input name="country" required defaultValue="US" maxLength={2} /></label>
          <button type="submit" className="secondary" disabled={busy}>Save address</button>
        </form>
        <form className="panel" onSubmit={addCard}>
          <h2>Add a test card</h2>
          <label>Test payment method
            <select name="testCard">{testCards.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}</select>
          </label>
          <button type="submit" className="secondary" disabled={busy}>Save card</button>
        </form>
      </div>
      <form className="panel" onSubmit={placeOrder}>
        <h2>Place the order</h2>
        <fieldset>
          <legend>Ship to</legend>
          {addresses.length === 0 && <p className="muted">Add an address first.</p>}
          {addresses.map((a, i) => (
            <label key={a.id} className="check"><input type="radio" name="address" value={a.id} defaultChecked={i === 0} required />
              {a.recipient}, {a.line1}, {a.postalCode} {a.city}, {a.country}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Pay with</legend>
          {cards.length === 0 && <p className="muted">Add a card first.</p>}
          {cards.map((c, i) => (
            <label key={c.id} className="check"><input type="radio" name="paymentMethod" value={c.stripePaymentMethodId} defaultChecked={i === 0} required />
              {c.brand} •••• {c.last4} (expires {c.expMonth}/{c.expYear})</label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy || addresses.length === 0 || cards.length === 0 || cart.data.itemCount === 0}>Place order</button>
      </form>
    </section>
  );
}
