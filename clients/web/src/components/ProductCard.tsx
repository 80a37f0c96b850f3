import type { ProductCardFragment } from "../gql/graphql";
import { money } from "../format";
import { Link } from "../router";

export function ProductCard({ product }: { product: ProductCardFragment }) {
  const discounted = String(product.finalPrice.amount) !== String(product.price.amount);
  return (
    <Link className="card product-card" href={`/products/${product.id}`}>
      {product.imageUrls[0] ? <img src={product.imageUrls[0]} alt="" loading="lazy" /> : <div className="placeholder">{product.brand}</div>}
      <span className="brand">{product.brand}</span>
      <strong className="name">{product.name}</strong>
      <span className="price">
        {discounted && <s>{money(product.price)}</s>} {money(product.finalPrice)}
      </span>
      {!product.inventory.inStock && <span className="muted">Out of stock</span>}
    </Link>
  );
}
