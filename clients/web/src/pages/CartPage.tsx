import { useState } from "react";
import type { CartViewFragment, LineKind } from "../gql/graphql";
import { changeQuantity, loadCart, removeFromCart } from "../api/cart";
import { useAsync } from "../api/useQuery";
import { money } from "../format";
import { Link } from "../router";

export function CartPage() {
  const loaded = useAsync(loadCart, "cart");
  const [cart, setCart] = useState<CartViewFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = cart ?? loaded.data;
  const run = async (change: () => Promise<CartViewFragment>) => {
    setError(null);
    try {
      setCart(await change());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (loaded.error) return <p className="error">{loaded.error}</p>;
  if (!current) return <p className="muted">Loading…</p>;
  return (
    <section>
      <h1>Your cart</h1>
      {error && <p className="error">{error}</p>}
      {current.lines.length === 0 ? (
        <p>Your cart is empty. <Link href="/search">Find something</Link>.</p>
      ) : (
        <>
          <table className="lines">
            <thead><tr><th>Item</th><th>Price</th><th>Quantity</th><th>Total</th><th /></tr></thead>
            <tbody>
              {current.lines.map((line) => (
                <tr key={`${line.kind}:${line.itemId}`}>
                  <td>{line.kind === "PRODUCT" ? <Link href={`/products/${line.itemId}`}>{line.name}</Link> : line.name}
                    {line.available < line.quantity && <span className="error small"> only {line.available} available</span>}</td>
                  <td>{money(line.unitPrice)}</td>
                  <td>
                    <input type="number" min={1} max={99} aria-label={`Quantity of ${line.name}`} value={line.quantity}
                      onChange={(e) => run(() => changeQuantity(line.kind as LineKind, line.itemId, Math.min(99, Math.max(1, Number(e.target.value) || 1))))} />
                  </td>
                  <td>{money(line.lineTotal)}</td>
                  <td><button className="link" onClick={() => run(() => removeFromCart(line.kind, line.itemId))}>Remove</button></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="total">Total <strong data-testid="cart-total">{money(current.total)}</strong></p>
          <Link className="button" href="/checkout">Checkout</Link>
        </>
      )}
    </section>
  );
}
