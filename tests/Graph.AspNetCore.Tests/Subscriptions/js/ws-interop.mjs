// graphql-ws (npm) against our graphql-transport-ws server: one process, many checks.
// Usage: node ws-interop.mjs <http://host:port/graphql>; prints one JSON object of check results.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.argv[2].replace(/^http/, 'ws');
const results = {};
const withTimeout = (promise, what, ms = 10000) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms))]);

function client(connectionParams) {
  const closes = [];
  const c = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    shouldRetry: () => false,
    on: { closed: (event) => closes.push({ code: event.code, reason: event.reason }) },
  });
  c.closes = closes;
  return c;
}

// Collects every result of one operation; resolves on complete, rejects on error.
function run(c, payload) {
  return new Promise((resolve, reject) => {
    const values = [];
    c.subscribe(payload, {
      next: (value) => values.push(value),
      error: (error) => reject(error),
      complete: () => resolve(values),
    });
  });
}

function describeError(error) {
  if (Array.isArray(error)) return { graphqlErrors: error.map((e) => e.message) };
  if (error && typeof error.code === 'number') return { code: error.code, reason: error.reason };
  return { message: String(error && error.message ? error.message : error) };
}

async function check(name, body) {
  try {
    results[name] = await withTimeout(body(), name);
  } catch (error) {
    results[name] = { failed: describeError(error) };
  }
}

// A raw socket for what the client never sends: messages that break the protocol.
function raw(messages) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.on('open', () => messages.forEach((m) => socket.send(typeof m === 'string' ? m : JSON.stringify(m))));
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

const main = client();
await check('countdown', async () => (await run(main, { query: 'subscription { countdown(from: 3) }' })).map((r) => r.data.countdown));
await check('query', async () => (await run(main, { query: '{ hello(name: "npm") }' }))[0]);
await check('mutation', async () => (await run(main, { query: 'mutation { addProduct(name: "Npm", price: 1) { name } }' }))[0]);
await check('validationError', async () => {
  try {
    await run(main, { query: 'subscription { nope }' });
    return 'no error';
  } catch (error) {
    return describeError(error);
  }
});
await check('iteratorReturn', async () => {
  const iterator = main.iterate({ query: 'subscription { countdown(from: 100) }' });
  const first = await iterator.next();
  await iterator.return();
  return first.value.data.countdown;
});
await check('concurrent', async () => {
  const [a, b] = await Promise.all([
    run(main, { query: 'subscription { countdown(from: 2) }' }),
    run(main, { query: 'subscription { countdown(from: 1) }' }),
  ]);
  return [a.map((r) => r.data.countdown), b.map((r) => r.data.countdown)];
});
await main.dispose();

const ada = client({ token: 'user:ada' });
await check('authUser', async () => (await run(ada, { query: '{ me }' }))[0].data.me);
await check('authUserInSubscription', async () => (await run(ada, { query: 'subscription { me }' }))[0].data.me);
await ada.dispose();

const rejected = client({ token: 'wrong' });
await check('badAuth', async () => {
  try {
    await run(rejected, { query: '{ me }' });
    return 'accepted';
  } catch (error) {
    return describeError(error);
  }
});
await rejected.dispose();

await check('badMessage', () => raw([{ type: 'connection_init' }, { type: 'bogus' }]));
await check('subscribeBeforeAck', () => raw([{ id: '1', type: 'subscribe', payload: { query: '{ hello }' } }]));
await check('duplicateInit', () => raw([{ type: 'connection_init' }, { type: 'connection_init' }]));
await check('duplicateId', () => raw([
  { type: 'connection_init' },
  { id: 'x', type: 'subscribe', payload: { query: 'subscription { idle }' } },
  { id: 'x', type: 'subscribe', payload: { query: 'subscription { idle }' } },
]));
await check('initTimeout', () => raw([]));
await check('noSubprotocol', () => new Promise((resolve) => {
  const socket = new WebSocket(url);
  socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
}));
// As with graphql-ws's own server, no sub-protocol is selected, so ws fails the handshake itself.
await check('legacySubprotocol', () => new Promise((resolve) => {
  const socket = new WebSocket(url, 'graphql-ws');
  socket.on('error', (error) => resolve({ handshake: error.message }));
  socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
}));

console.log(JSON.stringify(results));
process.exit(0);
