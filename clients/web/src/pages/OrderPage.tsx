import { useEffect, useState } from "react";
import { OrderPageDocument, OrderStatusDocument, type OrderStatus } from "../gql/graphql";
import { execute, subscribe } from "../api/client";
import { useAsync } from "../api/useQuery";
import { date, money } from "../format";

/** An order, its status kept current by the `orderStatusChanged` subscription (graphql-sse), without reloading. */
export function OrderPage({ id }: { id: string }) {
  const { data, error, reload } = useAsync(() => execute(OrderPageDocument, { id }), id);
  const [live, setLive] = useState<{ status: OrderStatus; at: string } | null>(null);
  const [streamError, setStreamError] = useState<string | null>(null);

  useEffect(() => {
    setLive(null);
    return subscribe(
      OrderStatusDocument,
      { orderId: id },
      (update) => {
        setLive({ status: update.orderStatusChanged.status, at: update.orderStatusChanged.at });
        setStreamError(null);
      },
      (e) => setStreamError(e instanceof Error ? e.message : "The live status connection was lost."),
    );
  }, [id]);

  // A status change also changes the history and the payment: read them again when one arrives.
  useEffect(() => {
    if (live) reload();
  }, [live, reload]);

  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  const order = data.order;
  if (!order) return <p>This order does not exist.</p>;
  const status = live?.status ?? order.status;
  return (
    <section>
      <h1>Order {order.id.slice(0, 8)}</h1>
      <p>
        Status <span className={`status status-${status.toLowerCase()}`} data-testid="order-status" aria-live="polite">{status}</span>
        {streamError ? <span className="error small"> {streamError}</span> : <span className="small muted"> · live</span>}
      </p>
      {order.payment?.failureReason && <p className="error">{order.payment.failureReason}</p>}
      {order.trackingNumber && <p>Shipped with {order.carrier}, tracking {order.trackingNumber}</p>}
      <table className="lines">
        <thead><tr><th>Item</th><th>Price</th><th>Quantity</th><th>Total</th></tr></thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}><td>{line.name}</td><td>{money(line.unitPrice)}</td><td>{line.quantity}</td><td>{money(line.lineTotal)}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="total">Total <strong>{money(order.total)}</strong></p>
      <h2>History</h2>
      <ol className="history">
        {order.statusHistory.map((change) => <li key={`${change.status}-${change.at}`}>{change.status} · {date(change.at)}</li>)}
      </ol>
    </section>
  );
}
