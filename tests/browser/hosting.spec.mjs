// Where the build is hosted (docs/embedding.md, "Offline and static hosting"): the same dist/
// works from a site's root (every other test) and from a folder, here /refresh/, with its
// worker, playground and examples; and when a file is missing the page says which, not that
// the browser is too old.

import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { READY_VESON, ready } from './form-helpers.mjs';
import { freePort, startServer } from './server.mjs';
import { controlled } from '../../scripts/first-visit.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');

const [folderPort, brokenPort] = await Promise.all([freePort(), freePort()]);
const folderOrigin = `http://127.0.0.1:${folderPort}`;
const brokenOrigin = `http://127.0.0.1:${brokenPort}`;

test.describe('served from a folder (/refresh/)', () => {
  test.use({ allowedOrigins: [folderOrigin] });
  let srv;
  test.beforeAll(async () => {
    srv = await startServer({ root: distDir, port: folderPort, base: '/refresh/' });
  });
  test.afterAll(async () => srv?.close());

  test('the form makes a ticket, works offline, and the playground and examples work', async ({ page, context, network }) => {
    const home = `${folderOrigin}/refresh/`;
    await page.goto(`${home}${READY_VESON.replace(/^\//, '')}`);
    await ready(page);
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await expect(page.getByLabel('Ticket', { exact: true })).toHaveValue(/^Database refresh request — Veson IMOS Platform\n/);

    // Its worker is the folder's, and keeps the form working offline.
    await controlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(home);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await expect(page.getByRole('button', { name: 'Create ticket' })).toBeVisible();
    await context.setOffline(false);

    await page.goto(`${home}playground.html`);
    await expect(page.locator('#pg-status')).toHaveText(/No problems: the form below is this policy's\./);

    await page.goto(`${home}examples/embed.html`);
    await expect(page.locator('#clarity-form').getByText('Vendor: Clarity PPM SaaS')).toBeVisible();

    await page.goto(`${home}examples/iframe.html`);
    const frame = page.frameLocator('#refresh-request-frame');
    await expect(frame.getByRole('heading', { name: 'Request a database refresh', level: 1 })).toBeVisible();
    await expect(frame.getByLabel('Source environment URL')).toBeVisible();

    // Nothing was asked for outside the folder (each would have been a 404).
    const outside = network.filter((r) => r.url.startsWith(folderOrigin) && !r.url.startsWith(home));
    expect(outside).toEqual([]);
  });
});

test.describe('a build with a file missing', () => {
  test.use({
    allowedOrigins: [brokenOrigin],
    // Chromium's own words for the missing file.
    allowConsoleErrors: [/Failed to load resource|404|WebAssembly|wasm|integrity|module script/i],
  });

  /** Serves a copy of dist/ without the files `drop` picks, under /help/. */
  async function without(drop, run) {
    const dir = await mkdtemp(path.join(tmpdir(), 'rr-missing-'));
    await cp(distDir, dir, { recursive: true });
    const names = (await readdir(dir)).filter(drop);
    expect(names).toHaveLength(1);
    await rm(path.join(dir, names[0]));
    const srv = await startServer({ root: dir, port: brokenPort, base: '/help/' });
    try {
      await run(names[0]);
    } finally {
      await srv.close();
      await rm(dir, { recursive: true, force: true });
    }
  }

  for (const [what, drop] of [
    ['the wasm', (n) => n.endsWith('_bg.wasm')],
    ['the script (a failed module import)', (n) => /^refresh-request-page-[0-9a-f]+\.js$/.test(n)],
  ]) {
    test(`without ${what}, the page names the missing file and does not blame the browser`, async ({ page }) => {
      await without(drop, async (name) => {
        await page.goto(`${brokenOrigin}/help/`);
        const alert = page.getByRole('alert');
        await expect(alert).toHaveText(
          `The form could not start because its file ${name} is not on the server (HTTP 404). ` +
            'If you run this site: publish the whole build folder, with its files side by side.',
        );
        await expect(page.getByRole('heading', { name: 'Request a database refresh', level: 1 })).toBeVisible();
        // The page goes on registering its worker after the alert; leave it before the server
        // closes, so none of its requests meets a closed port.
        await page.goto('about:blank');
      });
    });
  }
});
