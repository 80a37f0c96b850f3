import type { ProductCardFragment } from "../gql/graphql";
import { money } from "../format";
import { Link } from "../router";
import { ProductImage } from "./ProductImage";

export function ProductCard({ product }: { product: ProductCardFragment }) {
  const discounted = String(product.finalPrice.amount) !== String(product.price.amount);
  return (
    <Link className="card product-card" href={`/products/${product.id}`}>
      <ProductImage url={product.imageUrls[0]} brand={product.brand} alt="" />
      <span className="brand">{product.brand}</span>
      <strong className="name">{product.name}</strong>
      <span className="price">
        {discounted && <s>{money(product.price)}</s>} {money(product.finalPrice)}
      </span>
      {!product.inventory.inStock && <span className="muted">Out of stock</span>}
    </Link>
  );
}
