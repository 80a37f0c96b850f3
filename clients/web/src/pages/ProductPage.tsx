import { useState } from "react";
import { ProductPageDocument } from "../gql/graphql";
import { execute } from "../api/client";
import { addToCart } from "../api/cart";
import { useAsync } from "../api/useQuery";
import { ProductCard } from "../components/ProductCard";
import { ProductImage } from "../components/ProductImage";
import { date, money } from "../format";
import { Link } from "../router";

function Stars({ rating }: { rating: number }) {
  const full = Math.round(rating);
  return <span className="stars" aria-label={`${rating.toFixed(1)} out of 5`}>{"★".repeat(full)}{"☆".repeat(5 - full)}</span>;
}

export function ProductPage({ id }: { id: string }) {
  const { data, error } = useAsync(() => execute(ProductPageDocument, { id }), id);
  const [quantity, setQuantity] = useState(1);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  if (error) return <p className="error">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  const product = data.productById;
  if (!product) return <p>This product does not exist.</p>;

  const add = async () => {
    try {
      const cart = await addToCart("PRODUCT", product.id, quantity);
      setMessage({ text: `Added to your cart (${cart.itemCount} items).`, ok: true });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), ok: false });
    }
  };

  return (
    <article className="product">
      <p className="crumbs"><Link href={`/categories/${product.category.id}`}>{product.category.name}</Link></p>
      <div className="product-main">
        <ProductImage className="hero" url={product.imageUrls[0]} brand={product.brand} alt={product.name} />
        <div>
          <span className="brand">{product.brand}</span>
          <h1>{product.name}</h1>
          {product.ratingSummary.average != null && (
            <p><Stars rating={product.ratingSummary.average} /> <span className="muted">{product.ratingSummary.count} reviews</span></p>
          )}
          <p className="price big">
            {String(product.finalPrice.amount) !== String(product.price.amount) && <s>{money(product.price)}</s>} {money(product.finalPrice)}
          </p>
          {product.appliedOffer && <p className="notice">{product.appliedOffer.title}: {String(product.appliedOffer.discountPercent)}% off</p>}
          <p className="muted">{product.inventory.inStock ? `${product.inventory.available} in stock` : "Out of stock"} · SKU {product.sku}</p>
          <div className="buy">
            <label>Quantity
              <input type="number" min={1} max={99} value={quantity} onChange={(e) => setQuantity(Math.min(99, Math.max(1, Number(e.target.value) || 1)))} />
            </label>
            <button disabled={!product.inventory.inStock} onClick={add}>Add to cart</button>
          </div>
          {message && <p className={message.ok ? "notice" : "error"} role="status">{message.text} {message.ok && <Link href="/cart">View cart</Link>}</p>}
          <p>{product.description}</p>
          {product.attributes.length > 0 && (
            <dl className="attributes">
              {product.attributes.map((a) => <div key={a.name}><dt>{a.name}</dt><dd>{a.value}</dd></div>)}
            </dl>
          )}
        </div>
      </div>
      <h2>Reviews</h2>
      {product.reviews.nodes.length === 0 && <p className="muted">No reviews yet.</p>}
      <ul className="reviews">
        {product.reviews.nodes.map((review) => (
          <li key={review.id}>
            <Stars rating={review.rating} /> <strong>{review.title}</strong>
            <p>{review.body}</p>
            <span className="small muted">
              {review.author.displayName} · {date(review.createdAt)}{review.verifiedPurchase && " · verified purchase"} · {review.helpfulCount} found it helpful
            </span>
          </li>
        ))}
      </ul>
      {product.recommended.length > 0 && (
        <>
          <h2>Customers also bought</h2>
          <div className="grid">{product.recommended.map((p) => <ProductCard key={p.id} product={p} />)}</div>
        </>
      )}
    </article>
  );
}
