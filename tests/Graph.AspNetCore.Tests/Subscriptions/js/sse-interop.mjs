// graphql-sse (npm) against our graphql-sse server, distinct and single connection modes.
// Usage: node sse-interop.mjs <http://host:port/graphql>; prints one JSON object of check results.
import { createClient } from 'graphql-sse';

const url = process.argv[2];
const results = {};
const withTimeout = (promise, what, ms = 10000) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms))]);

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
  if (error && error.response) return { status: error.response.status };
  return { message: String(error && error.message ? error.message : error) };
}

async function check(name, body) {
  try {
    results[name] = await withTimeout(body(), name);
  } catch (error) {
    results[name] = { failed: describeError(error) };
  }
}

async function suite(prefix, options) {
  const c = createClient({ url, retryAttempts: 0, ...options });
  await check(`${prefix}.countdown`, async () => (await run(c, { query: 'subscription { countdown(from: 3) }' })).map((r) => r.data.countdown));
  await check(`${prefix}.query`, async () => (await run(c, { query: '{ hello(name: "sse") }' }))[0]);
  await check(`${prefix}.mutation`, async () => (await run(c, { query: 'mutation { addProduct(name: "Sse", price: 2) { name } }' }))[0]);
  await check(`${prefix}.concurrent`, async () => {
    const [a, b] = await Promise.all([
      run(c, { query: 'subscription { countdown(from: 2) }' }),
      run(c, { query: 'subscription { countdown(from: 1) }' }),
    ]);
    return [a.map((r) => r.data.countdown), b.map((r) => r.data.countdown)];
  });
  await check(`${prefix}.iteratorReturn`, async () => {
    const iterator = c.iterate({ query: 'subscription { countdown(from: 100) }' });
    const first = await iterator.next();
    await iterator.return();
    return first.value.data.countdown;
  });
  await check(`${prefix}.validationError`, async () => {
    try {
      const values = await run(c, { query: 'subscription { nope }' });
      return { next: values.map((v) => (v.errors || []).map((e) => e.message)) };
    } catch (error) {
      return describeError(error);
    }
  });
  c.dispose();
}

await suite('distinct', {});
await suite('single', { singleConnection: true });

const ada = createClient({ url, retryAttempts: 0, headers: { authorization: 'Bearer user:ada' } });
await check('authUser', async () => (await run(ada, { query: '{ me }' }))[0].data.me);
ada.dispose();

const rejected = createClient({ url, retryAttempts: 0, headers: { authorization: 'Bearer wrong' } });
await check('badAuth', async () => {
  try {
    await run(rejected, { query: '{ me }' });
    return 'accepted';
  } catch (error) {
    return describeError(error);
  }
});
rejected.dispose();

// A body the client would never send: the server answers 400 before any stream.
const corrupt = createClient({
  url,
  retryAttempts: 0,
  fetchFn: (input, init) => fetch(input, { ...init, body: init.body ? '{"query":' : init.body }),
});
await check('badMessage', async () => {
  try {
    await run(corrupt, { query: '{ hello }' });
    return 'accepted';
  } catch (error) {
    return describeError(error);
  }
});
corrupt.dispose();

console.log(JSON.stringify(results));
process.exit(0);
