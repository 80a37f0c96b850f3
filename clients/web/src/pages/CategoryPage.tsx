import { CategoryPageDocument } from "../gql/graphql";
import { execute } from "../api/client";
import { addToCart } from "../api/cart";
import { useAsync } from "../api/useQuery";
import { ProductCard } from "../components/ProductCard";
import { date, money } from "../format";
import { Link } from "../router";
import { useState } from "react";

export function CategoryPage({ id }: { id: string }) {
  const { data, error } = useAsync(() => execute(CategoryPageDocument, { id, first: 24 }), id);
  const [message, setMessage] = useState<string | null>(null);
  const category = data?.categoryById;
  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  if (!category) return <p>This category does not exist.</p>;
  const buyCoupon = async (couponId: string) => {
    try {
      await addToCart("COUPON", couponId, 1);
      setMessage("Coupon added to your cart.");
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section>
      <p className="crumbs">
        <Link href="/">Categories</Link>
        {category.parent && <> / <Link href={`/categories/${category.parent.id}`}>{category.parent.name}</Link></>}
      </p>
      <h1>{category.name}</h1>
      <p className="muted">{category.description}</p>
      {category.children.length > 0 && (
        <p className="chips">
          {category.children.map((child) => (
            <Link key={child.id} className="chip" href={`/categories/${child.id}`}>{child.name}</Link>
          ))}
        </p>
      )}
      {category.products.nodes.length > 0 && (
        <>
          <h2>Products</h2>
          <div className="grid">
            {category.products.nodes.map((product) => <ProductCard key={product.id} product={product} />)}
          </div>
        </>
      )}
      <h2>Coupons</h2>
      {message && <p className="notice" role="status">{message}</p>}
      <div className="grid">
        {data.couponsByCategory.nodes.map((coupon) => (
          <div key={coupon.id} className="card coupon-card">
            <strong>{coupon.title}</strong>
            <span className="brand">{coupon.company} · {String(coupon.discountPercent)}% off</span>
            <span className="small muted">Valid until {date(coupon.validUntil)}</span>
            <span className="price">{money(coupon.price)}</span>
            <button disabled={coupon.inventory.available < 1} onClick={() => buyCoupon(coupon.id)}>Add coupon to cart</button>
          </div>
        ))}
      </div>
      {data.couponsByCategory.nodes.length === 0 && <p className="muted">No coupons for this category.</p>}
    </section>
  );
}
