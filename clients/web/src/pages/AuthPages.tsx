import { useState, type FormEvent } from "react";
import { signIn, signUp } from "../api/auth";
import { Link, navigate } from "../router";

function useSubmit(run: (form: FormData) => Promise<string | null>, next: string) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const failure = await run(new FormData(event.currentTarget));
      if (failure) setError(failure);
      else navigate(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export function SignInPage({ next }: { next: string }) {
  const { error, busy, submit } = useSubmit((f) => signIn(text(f, "email"), text(f, "password")), next);
  return (
    <form className="panel" onSubmit={submit}>
      <h1>Sign in</h1>
      <label>Email<input name="email" type="email" autoComplete="email" required /></label>
      <label>Password<input name="password" type="password" autoComplete="current-password" required /></label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>Sign in</button>
      <p className="muted">New here? <Link href={`/signup?next=${encodeURIComponent(next)}`}>Create an account</Link></p>
    </form>
  );
}

export function SignUpPage({ next }: { next: string }) {
  const { error, busy, submit } = useSubmit((f) => signUp(text(f, "email"), text(f, "password"), text(f, "displayName")), next);
  return (
    <form className="panel" onSubmit={submit}>
      <h1>Create an account</h1>
      <label>Name<input name="displayName" autoComplete="name" required maxLength={100} /></label>
      <label>Email<input name="email" type="email" autoComplete="email" required /></label>
      <label>Password<input name="password" type="password" autoComplete="new-password" required minLength={8} /></label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>Create account</button>
      <p className="muted">Have an account? <Link href={`/signin?next=${encodeURIComponent(next)}`}>Sign in</Link></p>
    </form>
  );
}
