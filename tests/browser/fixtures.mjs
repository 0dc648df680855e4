// Shared Playwright fixtures. Every browser test imports `test` / `expect` from here, not from
// '@playwright/test', and so gets for free:
//
// - an automatic guard on the test's browser context: the test FAILS if any page logs a console
//   error or throws an uncaught exception (pageerror), or if any request of the context (pages
//   and service workers) fails or goes to an origin other than the app's own (docs/embedding.md:
//   "nothing leaves the browser");
// - `network`: the list of every request made in the context ({url, method, resourceType}),
//   for tests that want to assert on it;
// - `guardedPage(options)`: a page in a fresh `browser.newContext(options)` (what
//   @axe-core/playwright needs), watched by the same guard and closed after the test.
//
// A test that expects an error (e.g. a malformed policy) can opt out of part of the guard:
//   test.use({ allowConsoleErrors: [/expected message/] });
//   test.use({ allowedOrigins: ['http://127.0.0.1:9999'] });
//   test.use({ allowFailedRequests: [/\/moved\.json$/] });   // by URL

import { test as base, expect } from '@playwright/test';

export { expect };

/**
 * Watches a browser context: every request it makes (its pages' and its service workers'),
 * and the console and uncaught errors of every page it has or opens. Pushes human-readable
 * problems and every request into the given arrays.
 */
export function watchContext(context, { appOrigin, allowedOrigins = [], allowConsoleErrors = [], allowFailedRequests = [], problems, network }) {
  const origins = new Set([appOrigin, ...allowedOrigins]);
  const allowed = (text) => allowConsoleErrors.some((re) => re.test(text));
  // data: and blob: URLs never leave the browser.
  const local = (url) => /^(data|blob):/i.test(url);

  context.on('request', (req) => {
    const url = req.url();
    network.push({ url, method: req.method(), resourceType: req.resourceType() });
    if (local(url)) return;
    let origin;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = 'invalid';
    }
    if (!origins.has(origin)) problems.push(`request to a foreign origin: ${req.method()} ${url}`);
  });
  context.on('requestfailed', (req) => {
    // ERR_ABORTED is a request cancelled by the page itself (navigation, closing): not a fault.
    if (local(req.url()) || req.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (allowFailedRequests.some((re) => re.test(req.url()))) return;
    problems.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`);
  });

  const watchPage = (page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error' || allowed(msg.text())) return;
      const loc = msg.location();
      const where = loc?.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
      problems.push(`console error: ${msg.text()}${where}`);
    });
    page.on('pageerror', (err) => {
      const text = `${err.name}: ${err.message}`;
      if (!allowed(text)) problems.push(`uncaught page error: ${text}\n${err.stack ?? ''}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

function assertClean(problems, network) {
  expect(
    problems,
    `the page must have no console errors, no uncaught errors and no requests outside its own origin.\n` +
      `Requests made:\n${network.map((r) => `  ${r.method} ${r.url}`).join('\n') || '  (none)'}`,
  ).toEqual([]);
}

export const test = base.extend({
  /** Extra origins the guard accepts (besides the app's own). */
  allowedOrigins: [[], { option: true }],
  /** Regexps for console / page errors a test expects and accepts. */
  allowConsoleErrors: [[], { option: true }],
  /** Regexps for the URLs of requests a test expects to fail. */
  allowFailedRequests: [[], { option: true }],

  network: async ({}, use) => {
    await use([]);
  },

  _problems: async ({}, use) => {
    await use([]);
  },

  // Auto fixture: watches the default context (set up before `page`, so it sees the page's
  // very first request), then fails the test at teardown if anything went wrong.
  _pageGuard: [
    async ({ context, baseURL, allowedOrigins, allowConsoleErrors, allowFailedRequests, network, _problems }, use) => {
      const appOrigin = new URL(baseURL).origin;
      watchContext(context, { appOrigin, allowedOrigins, allowConsoleErrors, allowFailedRequests, problems: _problems, network });
      await use();
      assertClean(_problems, network);
    },
    { auto: true },
  ],

  guardedPage: async ({ browser, baseURL, allowedOrigins, allowConsoleErrors, allowFailedRequests, network, _problems }, use) => {
    const contexts = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      contexts.push(context);
      watchContext(context, {
        appOrigin: new URL(baseURL).origin,
        allowedOrigins,
        allowConsoleErrors,
        allowFailedRequests,
        problems: _problems,
        network,
      });
      const page = await context.newPage();
      return page;
    });
    for (const context of contexts) await context.close();
  },
});
