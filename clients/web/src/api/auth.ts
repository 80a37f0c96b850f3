import { SignInDocument, SignOutDocument, SignUpDocument } from "../gql/graphql";
import { execute } from "./client";
import { mergeAnonymousCart } from "./cart";
import { session } from "./session";

interface AuthPayload {
  accessToken?: string | null;
  refreshToken?: string | null;
  expiresAt?: string | null;
  user?: { id: string; email?: string | null; displayName: string } | null;
  errors?: readonly { __typename: string; message?: string }[] | null;
}

async function start(payload: AuthPayload): Promise<string | null> {
  if (payload.accessToken && payload.refreshToken && payload.expiresAt && payload.user) {
    session.store({ accessToken: payload.accessToken, refreshToken: payload.refreshToken, expiresAt: payload.expiresAt, user: payload.user });
    try {
      await mergeAnonymousCart();
    } catch (error) {
      // Signed in either way: the anonymous cart stays in localStorage and merges on the next sign-in or cart visit.
      console.warn("The anonymous cart could not be merged now.", error);
    }
    return null;
  }
  return payload.errors?.[0]?.message ?? "The request was refused.";
}

/** Creates the account and signs in; the error message to show, or null. */
export async function signUp(email: string, password: string, displayName: string): Promise<string | null> {
  const data = await execute(SignUpDocument, { input: { email, password, displayName } });
  return start(data.signUp);
}

export async function signIn(email: string, password: string): Promise<string | null> {
  const data = await execute(SignInDocument, { input: { email, password } });
  return start(data.signIn);
}

/** Ends the session on the server (its refresh tokens stop working) and forgets it here. */
export async function signOut(): Promise<void> {
  const refreshToken = session.refreshToken();
  try {
    if (refreshToken) await execute(SignOutDocument, { input: { refreshToken } });
  } finally {
    session.clear();
  }
}
