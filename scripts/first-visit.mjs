// What a first visit to the form page costs on the wire: every byte the server sends, the
// service worker's requests included, from the first request until the worker is installed
// and controls the page (so the page works offline). Counted by the server itself
// (tests/browser/server.mjs records what it writes for each response), since the browser's own
// counters miss the worker's requests. The server serves dist/ with brotli, as production hosts
// do, so the figure compares with the first load of scripts/size.mjs.
//
//   import { firstVisit } from './first-visit.mjs';
//   const visit = await firstVisit(browser);   // { files: [{name, requests, bytes}], total }
//
// Used by scripts/size.mjs (the test command's ceiling) and scripts/bench (the table by file).

import path from 'node:path';
import { startServer } from '../tests/browser/server.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** The page a first visit opens: the form of a built-in policy. */
export const FIRST_VISIT_PATH = '/?policy=veson-imos';

/** `transfers` (the server's records) added up by file, largest first, and their total. */
export function byFile(transfers) {
  const files = new Map();
  for (const t of transfers) {
    const name = new URL(t.url, 'http://x').pathname.replace(/^\//, '') || 'index.html';
    const f = files.get(name) ?? { name, requests: 0, bytes: 0 };
    f.requests += 1;
    f.bytes += t.bytes;
    files.set(name, f);
  }
  const list = [...files.values()].sort((a, b) => b.bytes - a.bytes);
  return { files: list, total: list.reduce((n, f) => n + f.bytes, 0) };
}

/** Waits until a service worker controls `page` (the worker claims pages once it is installed). */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/**
 * One first visit to the form page of `dist` in a fresh context of `browser` (a Playwright
 * Chromium): empty caches, no worker yet. Resolves once the form has been checked and the worker
 * controls the page, to what the server sent by file.
 */
export async function firstVisit(browser, { dist = path.join(root, 'dist') } = {}) {
  const srv = await startServer({ root: dist, port: 0, compress: true });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${srv.url}${FIRST_VISIT_PATH}`);
    await page.locator('.rr-verdict').filter({ hasText: /\S/ }).first().waitFor();
    await controlled(page);
    return byFile(srv.transfers);
  } finally {
    await context.close();
    await srv.close();
  }
}
