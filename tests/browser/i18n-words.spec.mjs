// The words the page writes outside its form's own texts, in the reader's language: the
// calendar's window badges, short labels and holiday names; the painted header and the
// start-up failure before the wasm runs; an embedded form's policy failures (in
// embed-policy-url.spec.mjs); and the ticket in a desk language that is neither English nor the
// reader's. Screenshots in German and Arabic, wide and narrow.

import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { shot } from './form-helpers.mjs';
import { freePort, startServer } from './server.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');
const { FluentBundle, FluentResource } = createRequire(path.join(root, 'package.json'))('@fluent/bundle');

/** Message `id` of `tag`'s catalogs (the core's and the page's), formatted as the page does. */
function say(tag, id, args = {}) {
  const bundle = new FluentBundle(tag, { useIsolating: tag === 'ar' });
  for (const file of [path.join(root, 'crates', 'core', 'locales', `${tag}.ftl`), path.join(root, 'locales', `${tag}.ftl`)]) {
    bundle.addResource(new FluentResource(readFileSync(file, 'utf8')));
  }
  const message = bundle.getMessage(id);
  if (!message?.value) throw new Error(`no ${id} in ${tag}`);
  return bundle.formatPattern(message.value, args);
}

/** Blocked days (too soon, weekends), two US holidays and two proposed windows. */
const CALENDAR =
  '/?policy=veson-imos&submitted_at=2024-10-09T02:00Z&holiday_region=US' +
  '&windows=2024-10-21T02:00Z&windows=2024-10-22T02:00Z';

test('in German, the calendar says its badges, short labels and holiday names in German', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${CALENDAR}&lang=de`);
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  // The windows' badges.
  await expect(page.locator('.rr-cal__badge')).toHaveText([say('de', 'calendar-badge', { window: 1 }), say('de', 'calendar-badge', { window: 2 })]);
  await expect(grid).not.toContainText('W1');
  // Too soon (Monday 14 and Tuesday 15 Oct, before the notice ends), in the cell and the day's label.
  await expect(grid.getByText(say('de', 'calendar-label-too-soon'), { exact: true }).first()).toBeVisible();
  await expect(grid).not.toContainText('Too soon');
  // The holidays, in the cells and in the list under the grid.
  const columbus = say('de', 'holiday-name-columbus-day');
  const veterans = say('de', 'holiday-name-veterans-day');
  await expect(grid.getByText(columbus, { exact: true })).toBeVisible();
  await expect(grid.getByText(veterans, { exact: true })).toBeVisible();
  await expect(page.locator('.rr-cal__holidays')).toContainText(columbus);
  await expect(page.locator('.rr-cal__holidays')).toContainText(veterans);
  for (const english of ['Columbus Day', 'Veterans Day']) await expect(page.locator('.rr-cal-wrap')).not.toContainText(english);
  await grid.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'i18n-words-de-calendar-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await grid.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'i18n-words-de-calendar-390');
});

// A holiday's name is often one long word in German, Dutch and Danish ("Kolumbustag"), wider
// than a day's cell on a phone. The cell breaks it at a syllable, with a hyphen, where the
// browser has the language's hyphenation rules: `hyphens: auto`, which needs the text's language,
// so the cell must carry the reader's. (Debian's Chromium, which runs these tests, has no
// hyphenation dictionaries: Chromium downloads them as a component, and these browsers neither
// download nor update components, so its screenshots break such a word where it must.)
for (const tag of ['de', 'nl', 'da']) {
  test(`in ${tag}, a holiday's name in a narrow day cell is in the reader's language, hyphenated`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${CALENDAR}&lang=${tag}`);
    const cell = page.getByRole('grid').locator('.rr-cal__why', { hasText: say(tag, 'holiday-name-veterans-day') });
    await expect(cell).toBeVisible();
    expect(await cell.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(tag);
    await expect(cell).toHaveCSS('hyphens', 'auto');
    await cell.scrollIntoViewIfNeeded();
    await shot(page, testInfo, `i18n-words-${tag}-holiday-390`);
  });
}

test('in Arabic, the calendar reads right to left with its own badges and holiday names', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${CALENDAR}&lang=ar`);
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  await expect(page.locator('.rr-cal__badge').first()).toHaveText(say('ar', 'calendar-badge', { window: 1 }));
  await expect(grid.getByText(say('ar', 'holiday-name-veterans-day'), { exact: true })).toBeVisible();
  await grid.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'i18n-words-ar-calendar-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await grid.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'i18n-words-ar-calendar-390');
});

const brokenPort = await freePort();
const brokenOrigin = `http://127.0.0.1:${brokenPort}`;

test.describe('a page that cannot start, before the wasm runs', () => {
  test.use({
    allowedOrigins: [brokenOrigin],
    allowConsoleErrors: [/Failed to load resource|404|WebAssembly|wasm|integrity|module script/i],
  });

  /** Serves a copy of dist/ without its wasm, under /help/. */
  async function withoutWasm(run) {
    const dir = await mkdtemp(path.join(tmpdir(), 'rr-no-wasm-'));
    await cp(distDir, dir, { recursive: true });
    const [name] = (await readdir(dir)).filter((n) => n.endsWith('_bg.wasm'));
    await rm(path.join(dir, name));
    const srv = await startServer({ root: dir, port: brokenPort, base: '/help/' });
    try {
      await run(name);
    } finally {
      await srv.close();
      await rm(dir, { recursive: true, force: true });
    }
  }

  for (const [tag, how, options] of [
    ['de', '?lang=de in the address', { path: '/help/?lang=de' }],
    ['ar', "the browser's language", { path: '/help/', locale: 'ar-EG' }],
    ['nl', 'the language chosen from the menu before', { path: '/help/', remembered: 'nl' }],
  ]) {
    test(`in ${tag} (${how}), the painted header and the failure name the missing file in it`, async ({ guardedPage }, testInfo) => {
      await withoutWasm(async (name) => {
        const page = await guardedPage({ viewport: { width: 1280, height: 900 }, ...(options.locale ? { locale: options.locale } : {}) });
        if (options.remembered) {
          await page.addInitScript((tag) => {
            // about:blank, where the test leaves the page, has no storage.
            if (location.protocol.startsWith('http')) localStorage.setItem('refresh-request-lang', tag);
          }, options.remembered);
        }
        await page.goto(`${brokenOrigin}${options.path}`);
        await expect(page.getByRole('alert')).toHaveText(say(tag, 'shell-missing-file', { file: name, status: '404' }));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(tag, 'page-title'));
        await expect(page.locator('.rr-lede')).toHaveText(say(tag, 'page-lede', { paste_into: 'page' }));
        await expect(page).toHaveTitle(say(tag, 'page-title'));
        await expect(page.locator('html')).toHaveAttribute('lang', tag);
        await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar' ? 'rtl' : 'ltr');
        if (tag !== 'nl') {
          await shot(page, testInfo, `i18n-words-${tag}-no-wasm-1280`);
          await page.setViewportSize({ width: 390, height: 844 });
          await shot(page, testInfo, `i18n-words-${tag}-no-wasm-390`);
        }
        // The page goes on registering its worker after the alert; leave it before the server
        // closes, so none of its requests meets a closed port.
        await page.goto('about:blank');
      });
    });
  }
});

test.describe('without WebAssembly, in German', () => {
  test.use({ allowConsoleErrors: [/WebAssembly is not defined/] });

  test('the page says in German that the browser cannot run the form', async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto('/?lang=de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('de', 'page-title'));
    const [before, after] = say('de', 'shell-browser', { why: '\u0000' }).split('\u0000');
    await expect(page.getByRole('alert')).toContainText(before);
    await expect(page.getByRole('alert')).toContainText(after);
  });
});

test('a French reader of a German desk gets the ticket the command writes, in German', async ({ page }) => {
  const fixture = path.join(root, 'tests', 'fixtures', 'desk-language');
  const policy = await readFile(path.join(fixture, 'policy.json'), 'utf8');
  const expected = await readFile(path.join(fixture, 'ticket.txt'), 'utf8');
  await page.route('**/examples/desk-language.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Centre d'aide</title><link rel="icon" href="data:,"></head>
        <body><main><div data-refresh-request id="form"><script type="application/json" data-refresh-policy>${policy}</script></div></main>
        <script src="../embed.js"></script></body></html>`,
    }),
  );
  await page.clock.setFixedTime(new Date('2024-10-07T02:00:00Z'));
  await page.goto('/examples/desk-language.html');
  const form = page.locator('#form');
  await form.getByLabel('Source environment / database name').fill('ABCD_prod');
  await form.getByLabel('Target environment / database name').fill('ABCD_test');
  await form.getByLabel(say('fr', 'window-start-n', { window: 1 })).fill('2024-10-09 02:00');
  await form.getByLabel(say('fr', 'window-start-n', { window: 2 })).fill('2024-10-09 04:00');
  await form.getByLabel(say('fr', 'holiday-region')).selectOption('GB');
  await form.getByRole('button', { name: say('fr', 'create-ticket') }).click();
  const body = form.getByRole('textbox', { name: say('fr', 'ticket'), exact: true });
  await expect(body).toBeVisible();
  expect(await body.inputValue()).toBe(expected);
  // The customer's own words around it stay French, and say which language the ticket is in.
  await expect(form.getByRole('button', { name: say('fr', 'create-ticket') })).toBeVisible();
  await expect(form.getByText(say('fr', 'ticket-panel-desk-language', { desk_language: 'allemand' }))).toBeVisible();
});
