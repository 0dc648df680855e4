// What the service worker costs and keeps (docs/performance.md, docs/embedding.md "Offline and
// static hosting"): a first visit to the form downloads each of its files once and none of the
// playground's; the playground and embed.js are stored for offline use when the playground (or
// a page of this site that embeds the form) is visited; after a deploy, no page gets a file of
// the old build, and no cache holds two builds. Bytes are counted by the test server itself
// (what it wrote for each response), which sees the worker's requests too.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { freePort, startServer } from './server.mjs';
import { isContentHashed } from '../../scripts/build/files.mjs';
import { serviceWorkerOf } from '../../scripts/build/service-worker.mjs';
import { FIRST_VISIT_PATH, byFile, controlled } from '../../scripts/first-visit.mjs';
import { FIRST_VISIT_RATIO, firstLoad } from '../../scripts/size.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');
const PLAYGROUND_FILES = ['playground.html', 'playground.js', 'policy.schema.json', 'embed.js'];

// Each test serves its own copy of dist/ (some of them deploy into it) on a port of its own.
const ports = await Promise.all([1, 2, 3, 4, 5, 6].map(() => freePort()));
test.use({ allowedOrigins: ports.map((p) => `http://127.0.0.1:${p}`) });
let nextPort = 0;

/** A copy of dist/ served with brotli; `deploy(edit)` changes it as a new build would. */
async function site() {
  const dir = await mkdtemp(path.join(tmpdir(), 'rr-visits-'));
  await cp(distDir, dir, { recursive: true });
  const srv = await startServer({ root: dir, port: ports[nextPort++ % ports.length], compress: true });
  return {
    dir,
    srv,
    url: (p) => `${srv.url}/${p.replace(/^\//, '')}`,
    /** Edits files of the copy (`{file: text => text}`), then writes the new build's sw.js. */
    async deploy(edits) {
      for (const [file, edit] of Object.entries(edits)) {
        const full = path.join(dir, file);
        await writeFile(full, edit(await readFile(full, 'utf8')));
      }
      await writeFile(path.join(dir, 'sw.js'), serviceWorkerOf(dir));
    },
    async close() {
      await srv.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** What the worker's caches hold: {cache name: [file names]}. */
function cached(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname.replace(/^\//, '')).sort();
    }
    return out;
  });
}

/** The one cache's file names, once it has `want` (the worker stores some files after the page loads). */
async function cachedOnce(page, want) {
  await expect.poll(async () => Object.values(await cached(page)).flat(), { timeout: 15_000 }).toEqual(expect.arrayContaining(want));
  const all = await cached(page);
  expect(Object.keys(all)).toHaveLength(1);
  return Object.values(all)[0];
}

const formHeading = (page) => page.getByRole('heading', { name: 'Request a database refresh', level: 1 });
const playgroundReady = (page) => expect(page.locator('#pg-status')).toHaveText(/No problems: the form below is this policy's\./);
const addV2 = (text) => `${text}\n;window.deployed = 'v2';\n`;

test('a first visit to the form transfers at most 1.1× its first load, service worker included, each hashed file once', async ({ page }) => {
  const s = await site();
  try {
    await page.goto(s.url(FIRST_VISIT_PATH));
    await expect(page.locator('.rr-verdict')).toHaveText(/\S/);
    await controlled(page);
    const visit = byFile(s.srv.transfers);
    const names = visit.files.map((f) => f.name);
    const table = JSON.stringify(visit.files);
    // The service worker stored the page's files without downloading them again.
    for (const f of visit.files.filter((f) => isContentHashed(f.name))) expect(f.requests, `${f.name}: ${table}`).toBe(1);
    // The playground is for its own visitors.
    for (const name of PLAYGROUND_FILES) expect(names, table).not.toContain(name);
    const load = firstLoad(s.dir).total.brotli;
    expect(visit.total, `${visit.total} bytes against a first load of ${load}: ${table}`).toBeLessThanOrEqual(FIRST_VISIT_RATIO * load);

    // And it keeps its promise: the form works offline.
    expect(await cachedOnce(page, ['index.html'])).toEqual(expect.not.arrayContaining(PLAYGROUND_FILES));
    await page.context().setOffline(true);
    await page.reload();
    await expect(formHeading(page)).toBeVisible();
    await expect(page.locator('.rr-verdict')).toHaveText(/\S/);
    await page.context().setOffline(false);
  } finally {
    await s.close();
  }
});

test('a first visit to the playground stores it for offline use, with embed.js, and not the form', async ({ page, context }) => {
  const s = await site();
  try {
    await page.goto(s.url('playground.html'));
    await playgroundReady(page);
    await controlled(page);
    expect(await cachedOnce(page, PLAYGROUND_FILES)).not.toContain('index.html');
    // The form's files are for the form's visitors.
    const names = byFile(s.srv.transfers).files.map((f) => f.name);
    expect(names.filter((n) => isContentHashed(n) || n === 'index.html')).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    await playgroundReady(page);
    await expect(page.locator('#pg-form [data-refresh-request]').getByText('Vendor: Veson IMOS Platform')).toBeVisible();
    await context.setOffline(false);
  } finally {
    await s.close();
  }
});

test('a first visit to the desk page stores it for offline use, with embed.js, and not the form', async ({ page, context }) => {
  const s = await site();
  const deskReady = () => page.waitForFunction(() => typeof window.RefreshRequest?.checkTicket === 'function');
  try {
    await page.goto(s.url('desk.html'));
    await deskReady();
    await controlled(page);
    const stored = await cachedOnce(page, ['desk.html', 'desk.js', 'embed.js']);
    expect(stored).not.toContain('index.html');
    expect(stored).not.toContain('playground.html');
    await context.setOffline(true);
    await page.reload();
    await deskReady();
    await expect(page.getByLabel('Ticket body')).toBeVisible();
    await context.setOffline(false);
  } finally {
    await s.close();
  }
});

test('the playground visited after the form (the worker already there) is stored for offline use too', async ({ page, context }) => {
  const s = await site();
  try {
    await page.goto(s.url('/'));
    await controlled(page);
    await page.goto(s.url('playground.html'));
    await playgroundReady(page);
    await cachedOnce(page, PLAYGROUND_FILES);
    await context.setOffline(true);
    await page.reload();
    await playgroundReady(page);
    await context.setOffline(false);
  } finally {
    await s.close();
  }
});

test('the form visited after the playground (the worker already there) is stored for offline use as it loads', async ({ page, context }) => {
  const s = await site();
  try {
    await page.goto(s.url('playground.html'));
    await playgroundReady(page);
    await controlled(page);
    await page.goto(s.url(FIRST_VISIT_PATH));
    await expect(page.locator('.rr-verdict')).toHaveText(/\S/);
    const stored = await cachedOnce(page, ['index.html']);
    // The wasm, its glue and the catalogs' runtime.
    expect(stored.filter((n) => isContentHashed(n))).toHaveLength(3);
    // Each of its files downloaded once: the worker kept what passed through it.
    for (const f of byFile(s.srv.transfers).files.filter((f) => isContentHashed(f.name))) expect(f.requests, f.name).toBe(1);
    await context.setOffline(true);
    await page.reload();
    await expect(formHeading(page)).toBeVisible();
    await expect(page.locator('.rr-verdict')).toHaveText(/\S/);
    await context.setOffline(false);
  } finally {
    await s.close();
  }
});

test('a page of this site that embeds the form stores embed.js as it loads it', async ({ page }) => {
  const s = await site();
  try {
    await page.goto(s.url('/'));
    await controlled(page);
    await page.goto(s.url('examples/embed.html'));
    await expect(page.locator('#clarity-form').getByText('Vendor: Clarity PPM SaaS')).toBeVisible();
    await cachedOnce(page, ['embed.js']);
  } finally {
    await s.close();
  }
});

test('after a deploy, a page that embeds the form gets the new embed.js, never the stored one', async ({ page }) => {
  const s = await site();
  try {
    await page.goto(s.url('playground.html'));
    await playgroundReady(page);
    await controlled(page);
    await cachedOnce(page, ['embed.js']);

    await s.deploy({ 'embed.js': addV2 });
    await page.goto(s.url('examples/embed.html'));
    await expect(page.locator('#clarity-form').getByText('Vendor: Clarity PPM SaaS')).toBeVisible();
    expect(await page.evaluate(() => window.deployed)).toBe('v2');
  } finally {
    await s.close();
  }
});

test('a deploy keeps the playground offline, all of it from the new build', async ({ page, context }) => {
  const s = await site();
  try {
    await page.goto(s.url('playground.html'));
    await playgroundReady(page);
    await controlled(page);
    const [v1] = Object.keys(await cached(page));
    await cachedOnce(page, PLAYGROUND_FILES);

    await s.deploy({
      'playground.html': (html) => html.replace('</head>', '<meta name="deployed" content="v2"></head>'),
      'embed.js': addV2,
    });
    await page.reload();
    await playgroundReady(page);
    // The old worker left the new files alone; the new one stored them, and the old cache is gone.
    await expect.poll(async () => Object.keys(await cached(page)), { timeout: 15_000 }).toEqual([expect.not.stringMatching(v1)]);
    await cachedOnce(page, PLAYGROUND_FILES);

    await context.setOffline(true);
    await page.reload();
    await playgroundReady(page);
    await expect(page.locator('meta[name="deployed"]')).toHaveAttribute('content', 'v2');
    expect(await page.evaluate(() => window.deployed)).toBe('v2');
    await context.setOffline(false);
  } finally {
    await s.close();
  }
});
