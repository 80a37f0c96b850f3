import { useEffect, useSyncExternalStore, type FormEvent, type JSX } from "react";
import { refreshAccessToken } from "./api/client";
import { signOut } from "./api/auth";
import { cartCount, loadCart } from "./api/cart";
import { session } from "./api/session";
import { Link, Redirect, navigate, useLocation } from "./router";
import { HomePage } from "./pages/HomePage";
import { CategoryPage } from "./pages/CategoryPage";
import { SearchPage } from "./pages/SearchPage";
import { ProductPage } from "./pages/ProductPage";
import { SignInPage, SignUpPage } from "./pages/AuthPages";
import { CartPage } from "./pages/CartPage";
import { CheckoutPage } from "./pages/CheckoutPage";
import { OrdersPage } from "./pages/OrdersPage";
import { OrderPage } from "./pages/OrderPage";

function Page({ path, query }: { path: string; query: URLSearchParams }) {
  const user = useSyncExternalStore(session.subscribe, session.user);
  const next = query.get("next") ?? "/";
  const signedIn = (page: JSX.Element) => (user ? page : <Redirect to={`/signin?next=${encodeURIComponent(path)}`} />);
  const [, section, id] = path.split("/");
  switch (section) {
    case "":
      return <HomePage />;
    case "categories":
      return id ? <CategoryPage id={id} /> : <HomePage />;
    case "search":
      return <SearchPage query={query} />;
    case "products":
      return id ? <ProductPage id={id} /> : <Redirect to="/search" />;
    case "signin":
      return <SignInPage next={next} />;
    case "signup":
      return <SignUpPage next={next} />;
    case "cart":
      return <CartPage />;
    case "checkout":
      return signedIn(<CheckoutPage />);
    case "orders":
      return signedIn(id ? <OrderPage id={id} /> : <OrdersPage />);
    default:
      return <p>There is no page here. <Link href="/">Back to the shop</Link></p>;
  }
}



export function App() {
  const { path, query } = useLocation();
  const user = useSyncExternalStore(session.subscribe, session.user);
  const items = useSyncExternalStore(cartCount.subscribe, cartCount.get);

  useEffect(() => {
    // A stored refresh token starts the session again after a reload.
    const start = session.refreshToken() ? refreshAccessToken() : Promise.resolve(null);
    start.finally(() => loadCart().catch(() => undefined));
  }, []);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("text") ?? "");
    navigate(`/search?text=${encodeURIComponent(text)}`);
  };

  return (
    <>
      <header className="top">
        <Link href="/" className="logo">Graph Store</Link>
        <form className="quick-search" role="search" onSubmit={search}>
          <input name="text" type="search" placeholder="Search products" aria-label="Search products" maxLength={200} />
        </form>
        <nav>
          <Link href="/cart">Cart{items > 0 && <span className="badge" data-testid="cart-count">{items}</span>}</Link>
          {user ? (
            <>
              <Link href="/orders">Orders</Link>
              <span className="muted">{user.displayName}</span>
              <button className="link" onClick={() => signOut().then(() => navigate("/"))}>Sign out</button>
            </>
          ) : (
            <>
              <Link href={`/signin?next=${encodeURIComponent(path)}`}>Sign in</Link>
              <Link href={`/signup?next=${encodeURIComponent(path)}`}>Sign up</Link>
            </>
          )}
        </nav>
      </header>
      <main>
        <Page path={path} query={query} />
      </main>
    </>
  );
}
