// Offline (docs/embedding.md): after the first visit the page loads with the network off (sw.js, written
// by scripts/post-build.mjs from scripts/sw.template.js); a new deployment replaces the cached
// version as a whole.

import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { freePort, startServer } from './server.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');

/** Waits until a service worker controls the page (it claims pages when it activates). */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

const heading = (page) => page.getByRole('heading', { name: 'Request a database refresh', level: 1 });

test('after the first visit the page loads with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(heading(page)).toBeVisible();
  await controlled(page);
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames).toHaveLength(1);
  expect(cacheNames[0]).toMatch(/^refresh-request-[0-9a-f]{16}$/);

  await context.setOffline(true);
  // Also with a query string (a prefill or share link).
  await page.goto('/?policy=clarity-saas');
  await expect(heading(page)).toBeVisible();
  const source = page.getByLabel('Source environment URL');
  await source.fill('http://acme.example.com');
  await source.press('Tab');
  await expect(page.getByText('should be a full address starting with https://').first()).toBeVisible();

  await page.reload();
  await expect(heading(page)).toBeVisible();
  await context.setOffline(false);
});

// A second server, on a copy of dist/ that the test "redeploys".
const deployPort = await freePort();
const deployOrigin = `http://127.0.0.1:${deployPort}`;

test.describe('a new deployment', () => {
  test.use({ allowedOrigins: [deployOrigin] });
  let dir;
  let srv;

  test.beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rr-deploy-'));
    await cp(distDir, dir, { recursive: true });
    srv = await startServer({ root: dir, port: deployPort });
  });

  test.afterAll(async () => {
    await srv?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('replaces the cached version whole, and the new one works offline', async ({ page, context }) => {
    await page.goto(`${deployOrigin}/`);
    await expect(heading(page)).toBeVisible();
    await controlled(page);
    const [v1] = await page.evaluate(() => caches.keys());

    // Deploy "version 2": a changed index.html, then the post-build step as in a real build.
    const index = path.join(dir, 'index.html');
    const html = await readFile(index, 'utf8');
    await writeFile(index, html.replace('</head>', '<meta name="deployed" content="v2"></head>'));
    execFileSync(process.execPath, [path.join(root, 'scripts', 'post-build.mjs'), dir], {
      env: { ...process.env, TRUNK_STAGING_DIR: '', TRUNK_SOURCE_DIR: root },
      stdio: 'pipe',
    });

    // Online, the page is fetched from the network first: the new version at once.
    await page.reload();
    await expect(heading(page)).toBeVisible();
    await expect(page.locator('meta[name="deployed"]')).toHaveAttribute('content', 'v2');

    // The browser finds the new sw.js, installs it (a new cache) and drops the old cache.
    await expect
      .poll(async () => page.evaluate(() => caches.keys()), { timeout: 15_000 })
      .toEqual([expect.not.stringMatching(v1)]);
    const [v2] = await page.evaluate(() => caches.keys());
    expect(v2).toMatch(/^refresh-request-[0-9a-f]{16}$/);

    // Offline, the page comes from the new cache: the new HTML with its own files.
    await context.setOffline(true);
    await page.reload();
    await expect(heading(page)).toBeVisible();
    await expect(page.locator('meta[name="deployed"]')).toHaveAttribute('content', 'v2');
    await context.setOffline(false);
  });
});
