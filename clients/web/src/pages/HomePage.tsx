import { CategoriesDocument } from "../gql/graphql";
import { execute } from "../api/client";
import { useAsync } from "../api/useQuery";
import { Link } from "../router";

export function HomePage() {
  const { data, error } = useAsync(() => execute(CategoriesDocument), "categories");
  return (
    <section>
      <h1>Shop by category</h1>
      {error && <p className="error">{error}</p>}
      <div className="grid">
        {data?.categories.map((category) => (
          <Link key={category.id} className="card category-card" href={`/categories/${category.id}`}>
            <strong>{category.name}</strong>
            <span className="muted">{category.description}</span>
            {category.children.length > 0 && <span className="small">{category.children.map((c) => c.name).join(" · ")}</span>}
          </Link>
        ))}
      </div>
    </section>
  );
}
