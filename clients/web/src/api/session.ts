// The signed-in session. The access token lives only in memory (a script injected later cannot find it in storage);
// the refresh token is kept in localStorage so a reload stays signed in, and is exchanged for a new pair on start,
// shortly before the access token expires, and when the gateway answers 401.

export interface SessionUser {
  id: string;
  email?: string | null;
  displayName: string;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: SessionUser;
}

const refreshKey = "graph.refreshToken";
const userKey = "graph.user";

let accessToken: string | null = null;
let expiresAtMs = 0;
let user: SessionUser | null = readUser();
const listeners = new Set<() => void>();

function readUser(): SessionUser | null {
  const stored = localStorage.getItem(userKey);
  if (!stored || !localStorage.getItem(refreshKey)) return null;
  try {
    return JSON.parse(stored) as SessionUser;
  } catch {
    return null;
  }
}

function notify() {
  for (const listener of listeners) listener();
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  user(): SessionUser | null {
    return user;
  },
  refreshToken(): string | null {
    return localStorage.getItem(refreshKey);
  },
  /** The access token while it has at least 30 s left; null when it must be refreshed first. */
  freshAccessToken(): string | null {
    return accessToken && Date.now() < expiresAtMs - 30_000 ? accessToken : null;
  },
  store(tokens: Tokens) {
    accessToken = tokens.accessToken;
    expiresAtMs = Date.parse(tokens.expiresAt);
    user = tokens.user;
    localStorage.setItem(refreshKey, tokens.refreshToken);
    localStorage.setItem(userKey, JSON.stringify(tokens.user));
    notify();
  },
  clear() {
    accessToken = null;
    expiresAtMs = 0;
    user = null;
    localStorage.removeItem(refreshKey);
    localStorage.removeItem(userKey);
    notify();
  },
};
