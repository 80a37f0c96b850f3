import { MyOrdersDocument } from "../gql/graphql";
import { execute } from "../api/client";
import { useAsync } from "../api/useQuery";
import { date, money } from "../format";
import { Link } from "../router";

export function OrdersPage() {
  const { data, error } = useAsync(() => execute(MyOrdersDocument, { first: 50 }), "orders");
  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <section>
      <h1>Your orders</h1>
      {data.myOrders.nodes.length === 0 && <p>No orders yet.</p>}
      <table className="lines">
        <thead><tr><th>Placed</th><th>Items</th><th>Total</th><th>Status</th></tr></thead>
        <tbody>
          {data.myOrders.nodes.map((order) => (
            <tr key={order.id}>
              <td><Link href={`/orders/${order.id}`}>{date(order.createdAt)}</Link></td>
              <td>{order.lines.map((l) => `${l.quantity} × ${l.name}`).join(", ")}</td>
              <td>{money(order.total)}</td>
              <td><span className={`status status-${order.status.toLowerCase()}`}>{order.status}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
