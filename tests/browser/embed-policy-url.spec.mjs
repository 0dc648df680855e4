// A `data-policy-url` that does not arrive (docs/embedding.md, "Custom policies"): a server that
// never answers gets a time limit, a clear message and "Try again"; a redirect to another site
// is named as such. The test server's routes play the misbehaving servers.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { shot } from './form-helpers.mjs';
import { freePort, startServer } from './server.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');
const northwind = await readFile(path.join(root, 'examples/policies/northwind-erp.json'), 'utf8');

const [port, elsewherePort] = await Promise.all([freePort(), freePort()]);
const origin = `http://127.0.0.1:${port}`;
const elsewhere = `http://127.0.0.1:${elsewherePort}`;

const { FluentBundle, FluentResource } = createRequire(path.join(root, 'package.json'))('@fluent/bundle');

/** Message `id` of `tag`'s page catalog, formatted as the page does. */
function say(tag, id, args = {}) {
  const bundle = new FluentBundle(tag, { useIsolating: tag === 'ar' });
  bundle.addResource(new FluentResource(readFileSync(path.join(root, 'locales', `${tag}.ftl`), 'utf8')));
  return bundle.formatPattern(bundle.getMessage(id).value, args);
}

/** A help-center page in `lang` with one form whose policy is at `policyUrl`. */
const hostPage = (policyUrl, lang = 'en') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Help center</title><link rel="icon" href="data:,"></head>
<body><main><h1>Help center</h1><div data-refresh-request data-policy-url="${policyUrl}" id="form"></div></main>
<script src="embed.js"></script></body></html>`;
const html = (text) => (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(text);
};

/** Whether /slow-policy.json answers yet: it never does until a test says so. */
let answering = false;

test.describe('a data-policy-url that does not arrive', () => {
  test.use({ allowedOrigins: [origin, elsewhere] });
  let srv;
  let other;

  test.beforeAll(async () => {
    srv = await startServer({
      root: distDir,
      port,
      routes: {
        '/slow-host.html': html(hostPage('slow-policy.json')),
        '/slow-host-de.html': html(hostPage('slow-policy.json', 'de')),
        '/slow-policy.json': (req, res) => {
          // Until `answering`, the request is left open: no status, no body, ever.
          if (!answering) return;
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(northwind);
        },
        '/moved-host.html': html(hostPage('moved-policy.json')),
        '/moved-host-de.html': html(hostPage('moved-policy.json', 'de')),
        '/moved-policy.json': (req, res) => {
          res.writeHead(302, { Location: `${elsewhere}/examples/policies/northwind-erp.json` });
          res.end();
        },
      },
    });
    other = await startServer({ root: distDir, port: elsewherePort });
  });

  test.afterAll(async () => {
    await srv?.close();
    await other?.close();
  });

  test('a server that never answers: a time limit, what happened, and Try again', async ({ page }) => {
    answering = false;
    await page.clock.install();
    await page.goto(`${origin}/slow-host.html`);
    const form = page.locator('#form');
    await expect(form.getByText('Loading the form…')).toBeVisible();

    // The limit passes (the page's clock is the test's: nobody waits 15 s).
    await page.clock.fastForward(15_000);
    const alert = form.getByRole('alert');
    await expect(alert).toContainText('The policy at “slow-policy.json” could not be used (1 problem):');
    await expect(alert).toContainText(
      'data-policy-url: expected a policy JSON file this page can load, found no answer from the server within 15 seconds',
    );
    await expect(alert).toContainText('Try again in a moment.');

    // The server is back: one click, and the form is there.
    answering = true;
    await form.getByRole('button', { name: 'Try again' }).click();
    await expect(form.getByText('Vendor: Northwind ERP Cloud')).toBeVisible();
    await expect(form.getByRole('alert')).toHaveCount(0);
  });

  test('in the host page\'s German, the wait, the time limit, what to do and Try again are German', async ({ page }, testInfo) => {
    answering = false;
    await page.clock.install();
    await page.goto(`${origin}/slow-host-de.html`);
    const form = page.locator('#form');
    await expect(form.getByText(say('de', 'loading'))).toBeVisible();
    await page.clock.fastForward(15_000);
    const alert = form.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(say('de', 'embed-cannot-show'));
    await expect(alert).toContainText(
      say('de', 'embed-policy-url-unusable', { url: 'slow-policy.json', problems: say('de', 'embed-problems', { count: 1 }) }),
    );
    const found = say('de', 'embed-found-timeout', { seconds: 15 });
    await expect(alert).toContainText(`data-policy-url: ${say('de', 'embed-problem', { expected: say('de', 'embed-expected-policy-file'), found })}`);
    await expect(alert).toContainText(say('de', 'embed-retry-hint'));
    for (const english of ['Try again', 'could not be used', 'expected', 'seconds']) await expect(alert).not.toContainText(english);
    await shot(page, testInfo, 'i18n-words-de-embed-timeout-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, testInfo, 'i18n-words-de-embed-timeout-390');
    answering = true;
    await form.getByRole('button', { name: say('de', 'try-again') }).click();
    await expect(form.getByText('Northwind ERP Cloud').first()).toBeVisible();
    await expect(form.getByRole('alert')).toHaveCount(0);
  });

  test.describe('a redirect to another site', () => {
    // What Chromium says itself when `same-origin` stops the redirect.
    test.use({
      allowConsoleErrors: [/Fetch API cannot load|Request mode is "same-origin"|Unsafe attempt to load URL/],
      allowFailedRequests: [/\/(northwind-erp|moved-policy)\.json$/],
    });

    test('says that it was redirected elsewhere, not "Failed to fetch"', async ({ page }) => {
      await page.goto(`${origin}/moved-host.html`);
      const alert = page.locator('#form').getByRole('alert');
      await expect(alert).toContainText(
        "data-policy-url: expected a policy JSON file this page can load, found a redirect to another address, which this page may not load from (a policy loads only from this page's own site)",
      );
      await expect(alert).not.toContainText('Failed to fetch');
      // Trying again would be redirected again.
      await expect(page.locator('#form').getByRole('button', { name: 'Try again' })).toHaveCount(0);
    });

    test('says so in the host page\'s German', async ({ page }) => {
      await page.goto(`${origin}/moved-host-de.html`);
      const alert = page.locator('#form').getByRole('alert');
      await expect(alert).toContainText(say('de', 'embed-found-redirect'));
      await expect(alert).toContainText(say('de', 'embed-problem', { expected: say('de', 'embed-expected-policy-file'), found: say('de', 'embed-found-redirect') }));
      await expect(alert).not.toContainText('redirect');
    });
  });
});
