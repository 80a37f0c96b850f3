// Drives the self-hosted Nitro IDE in Debian's headless Chromium (playwright-core, no browser download):
// opens the GraphQL endpoint, checks that the IDE comes from our server with no request beyond loopback, that it
// introspected the endpoint and shows the schema, and that it runs a query. Prints one JSON report on stdout;
// the C# test (NitroIdeBrowserTests) asserts on it. Usage: node nitro-ide.mjs <endpoint> <output folder>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [endpoint, outputDirectory] = process.argv.slice(2);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const timeout = 20_000;
const report = { requests: [], external: [], introspection: null, schemaTypeShown: false, queryResponse: null, resultShown: false, screenshots: [], failures: [] };

// A fresh profile every run: no cached IDE, no service worker, no stored documents from an earlier run.
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-nitro-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-quic', '--no-first-run'],
});

const isLoopback = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

try {
  // Every request of every page, worker and service worker passes here; anything leaving loopback is recorded and
  // refused, so the test fails on it instead of depending on a network that is not there.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) {
      return route.continue();
    }
    report.external.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    report.requests.push(`${request.method()} ${request.url()}`);
    if (!isLoopback(request.url()) && !report.external.includes(request.url())) {
      report.external.push(request.url());
    }
  });

  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(timeout);
  const isGraphQLPost = (response, marker) => response.request().method() === 'POST'
    && response.url() === endpoint && (response.request().postData() ?? '').includes(marker);

  await page.goto(endpoint);
  const [introspected] = await Promise.all([
    page.waitForResponse((r) => isGraphQLPost(r, '__schema')),
    page.getByRole('button', { name: 'Create Document' }).click(),
  ]);
  const schema = await introspected.json();
  report.introspection = { status: introspected.status(), typeNames: (schema?.data?.__schema?.types ?? []).map((t) => t.name) };
  await page.getByText('Schema available').waitFor();

  // insertText types as one input event, so the editor adds no closing braces of its own.
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.insertText('query Greeting { hello }');

  // The IDE reads the editor's text with a delay; once its operation builder lists "Greeting" it runs that text
  // (clicking Run earlier sends the previous, empty document).
  await page.waitForFunction(() => [...document.querySelectorAll('body *')].some((e) => e.childElementCount === 0
    && !e.closest('.monaco-editor') && (e.textContent ?? '').trim().startsWith('Greeting')));
  const [answered] = await Promise.all([
    page.waitForResponse((r) => isGraphQLPost(r, 'Greeting')),
    // The toolbar's <button>, not the editor's "Run ▷" code lens (an <a role="button">).
    page.locator('button', { hasText: 'Run' }).click(),
  ]);
  report.queryResponse = { status: answered.status(), body: await answered.json() };
  const visibleText = () => page.evaluate(() => document.body.innerText.replace(/\u00a0/g, ' '));
  await page.waitForFunction(() => document.body.innerText.replace(/\u00a0/g, ' ').includes('Hello, world!'));
  report.resultShown = (await visibleText()).includes('Hello, world!');
  const queryShot = path.join(outputDirectory, 'nitro-ide-query.png');
  await page.screenshot({ path: queryShot });
  report.screenshots.push(queryShot);

  // The schema reference lists the sample schema's types.
  await page.getByText('Schema Reference', { exact: true }).click();
  await page.getByText('Product', { exact: true }).first().waitFor();
  report.schemaTypeShown = true;
  const schemaShot = path.join(outputDirectory, 'nitro-ide-schema.png');
  await page.screenshot({ path: schemaShot });
  report.screenshots.push(schemaShot);
} catch (error) {
  report.failures.push(String(error?.stack ?? error));
  const page = context.pages()[0];
  if (page) {
    const failureShot = path.join(outputDirectory, 'nitro-ide-failure.png');
    await page.screenshot({ path: failureShot }).catch(() => {});
    report.screenshots.push(failureShot);
  }
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify(report) + '\n');
