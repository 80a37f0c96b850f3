import { useState, type FormEvent } from "react";
import { CategoriesDocument, SearchProductsDocument, type ProductSearchOrder, type SearchProductsQuery } from "../gql/graphql";
import { execute } from "../api/client";
import { useAsync } from "../api/useQuery";
import { ProductCard } from "../components/ProductCard";
import { navigate } from "../router";

const orders: { value: ProductSearchOrder; label: string }[] = [
  { value: "RELEVANCE", label: "Relevance" },
  { value: "PRICE_ASC", label: "Price: low to high" },
  { value: "PRICE_DESC", label: "Price: high to low" },
  { value: "NEWEST", label: "Newest" },
  { value: "NAME", label: "Name" },
];

const pageSize = 24;

/** Search with filters; the form state lives in the URL so a result page can be shared and reloaded. */
export function SearchPage({ query }: { query: URLSearchParams }) {
  const text = query.get("text") ?? "";
  const categoryId = query.get("category") ?? "";
  const brand = query.get("brand") ?? "";
  const priceMin = query.get("min") ?? "";
  const priceMax = query.get("max") ?? "";
  const inStock = query.get("inStock") === "true";
  const order = (orders.find((o) => o.value === query.get("order"))?.value ?? "RELEVANCE") as ProductSearchOrder;
  const categories = useAsync(() => execute(CategoriesDocument), "categories");
  const [more, setMore] = useState<{ key: string; pages: SearchProductsQuery["searchProducts"][] }>({ key: "", pages: [] });
  const variables = {
    text: text || null,
    filter: {
      categoryId: categoryId || null,
      brand: brand || null,
      priceMin: priceMin ? Number(priceMin) : null,
      priceMax: priceMax ? Number(priceMax) : null,
      inStock: inStock || null,
    },
    order,
    first: pageSize,
  };
  const key = JSON.stringify(variables);
  const { data, error, loading } = useAsync(() => execute(SearchProductsDocument, variables), key);
  const pages = data ? [data.searchProducts, ...(more.key === key ? more.pages : [])] : [];
  const last = pages[pages.length - 1];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [name, value] of form.entries()) if (typeof value === "string" && value !== "") params.set(name, value);
    navigate(`/search?${params.toString()}`);
  };
  const loadMore = async () => {
    if (!last?.pageInfo.endCursor) return;
    const next = await execute(SearchProductsDocument, { ...variables, after: last.pageInfo.endCursor });
    setMore({ key, pages: [...(more.key === key ? more.pages : []), next.searchProducts] });
  };

  return (
    <section className="search">
      <form className="filters" onSubmit={submit} key={key}>
        <label>Search<input name="text" type="search" defaultValue={text} placeholder="laptop, lamp, -refurbished" maxLength={200} /></label>
        <label>Category
          <select name="category" defaultValue={categoryId}>
            <option value="">Any</option>
            {categories.data?.categories.flatMap((c) => [c, ...c.children]).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>Brand<input name="brand" defaultValue={brand} /></label>
        <label>Min price<input name="min" type="number" min="0" step="0.01" defaultValue={priceMin} /></label>
        <label>Max price<input name="max" type="number" min="0" step="0.01" defaultValue={priceMax} /></label>
        <label className="check"><input name="inStock" type="checkbox" value="true" defaultChecked={inStock} /> In stock only</label>
        <label>Order
          <select name="order" defaultValue={order}>
            {orders.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      <div>
        {error && <p className="error">{error}</p>}
        {loading && !data && <p className="muted">Searching…</p>}
        {data && (
          <p className="muted" data-testid="result-count">
            {data.searchProducts.totalCount ?? `${data.searchProducts.edges.length}${data.searchProducts.pageInfo.hasNextPage ? "+" : ""}`} products
          </p>
        )}
        <div className="grid" data-testid="results" aria-busy={loading}>
          {pages.flatMap((page) => page.edges).map((edge) => <ProductCard key={edge.node.id} product={edge.node} />)}
        </div>
        {last?.pageInfo.hasNextPage && <button className="secondary" onClick={loadMore}>More results</button>}
      </div>
    </section>
  );
}
