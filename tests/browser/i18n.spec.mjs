// The form speaks the customer's language: which one (the address, the browser's languages, the
// menu, an embedded form's host), that the page's own words are all the catalog's, Arabic right
// to left, and the ticket in the vendor's desk language whatever the customer reads. Screenshots
// of every language, wide and narrow, for a person to look at.

import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { PLANNED, READY_VESON, scrollsSideways, shot } from './form-helpers.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const TAGS = ['en', 'de', 'fr', 'es', 'pt-BR', 'nl', 'da', 'ja', 'zh-Hans', 'ar'];

/** The page's catalog of `tag`, as text. */
const catalog = (tag) => readFileSync(path.join(root, 'locales', `${tag}.ftl`), 'utf8');

/** A message's one-line value in `tag`'s page catalog. */
function message(tag, id) {
  const m = new RegExp(`^${id} = (.*)$`, 'm').exec(catalog(tag));
  if (!m) throw new Error(`no ${id} in locales/${tag}.ftl`);
  return m[1];
}

/** Lower-case words of four letters or more in `text` (Latin letters only). */
const words = (text) => new Set((text.toLowerCase().match(/[a-z][a-z'’]{3,}/g) ?? []).map((w) => w.replace(/['’]s?$/, '')));

/** The built-in policies, as their files hold them. */
const builtins = ['veson-imos', 'clarity-saas'].map((id) => JSON.parse(readFileSync(path.join(root, 'crates', 'core', 'src', 'policies', `${id}.json`), 'utf8')));

/** Every string inside `value` (an object, a list or a string), joined. */
const strings = (value) => (typeof value === 'string' ? value : value && typeof value === 'object' ? Object.values(value).map(strings).join('\n') : '');

/** The texts of a policy a reader reads (its keys, kinds and examples are no words). */
const policyTexts = (p) =>
  [
    p.name,
    p.summary,
    p.environments.source_label,
    p.environments.target_label,
    ...(p.questions ?? []).flatMap((q) => [q.label, q.hint]),
    ...(p.acknowledgements ?? []).flatMap((a) => [a.label, ...(a.items ?? [])]),
    ...(p.notes ?? []).map((n) => n.text),
    ...(p.blackouts ?? []).map((b) => b.reason),
  ].join('\n');

/**
 * The English words a reader of `tag` should not see: every word of the English page
 * catalog's texts, less the core's (the rules' messages, which the core writes), and every word
 * of the built-in policies' own texts; in both cases less the words the language's catalog and
 * the policies' translations into it use themselves (Markdown, JSON, Clarity…).
 */
function englishOnly(tag) {
  const texts = (ftl) => ftl.split('\n').filter((l) => !l.startsWith('#')).join('\n').replace(/^[a-z0-9-]+ =/gm, '').replace(/\$[a-z_]+|\[[a-z0-9_]+\]/g, '');
  // A policy's examples and kinds (ABCD_test, PROD) are values, shown as they are in every language.
  const values = (p) => strings([p.environments.source_example, p.environments.target_example, p.environments.kinds, p.versions?.example]);
  const own = new Set([...words(texts(catalog(tag))), ...builtins.flatMap((p) => [...words(strings(p.translations?.[tag])), ...words(values(p))])]);
  const core = words(texts(readFileSync(path.join(root, 'crates', 'core', 'locales', 'en.ftl'), 'utf8')));
  const page = [...words(texts(catalog('en')))].filter((w) => !core.has(w));
  const policies = [...words(builtins.map(policyTexts).join('\n'))];
  return [...new Set([...page, ...policies])].filter((w) => !own.has(w));
}

/** A core catalog of `tag`, as text. */
const coreCatalog = (tag) => readFileSync(path.join(root, 'crates', 'core', 'locales', `${tag}.ftl`), 'utf8');

/** The values of the messages of `ftl` whose ids start with one of `prefixes`. */
const valuesOf = (ftl, prefixes) =>
  ftl.split('\n').filter((l) => prefixes.some((p) => l.startsWith(p))).map((l) => l.replace(/^[a-z0-9-]+ = /, '')).join('\n');

/**
 * The English words of the calendar the core writes (its cells' short labels, holiday names)
 * that `tag`'s catalogs do not use themselves: the core's words are otherwise left out of
 * `englishOnly`, since its findings name the policy's own English labels.
 */
function calendarEnglish(tag) {
  const ours = valuesOf(coreCatalog('en'), ['calendar-', 'holiday-']).replace(/\{[^}]*\}/g, '');
  const values = (ftl) => valuesOf(ftl.replace(/^#.*$/gm, ''), ['']).replace(/\{[^}]*\}/g, '');
  const minus = new Set([
    ...words(values(coreCatalog(tag))),
    ...words(values(catalog(tag))),
    ...words(readFileSync(path.join(root, 'crates', 'core', 'src', 'policies', 'veson-imos.json'), 'utf8')),
  ]);
  return [...words(ours)].filter((w) => !minus.has(w));
}

/**
 * A calendar with blocked days: too soon (a Wednesday's notice), weekends, two US holidays
 * (Columbus Day, Veterans Day) and two proposed windows.
 */
const CALENDAR =
  '/?policy=veson-imos&submitted_at=2024-10-09T02:00Z&holiday_region=US' +
  '&windows=2024-10-21T02:00Z&windows=2024-10-22T02:00Z';

/** Every word a reader sees or hears on the page: its visible text and its accessible labels. */
async function pageWords(page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title], [abbr]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'abbr'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, document.title, ...labels].join('\n');
  });
}

test('?lang= chooses the language, and the page says which one it is in', async ({ page }) => {
  await page.goto(`${PLANNED}&lang=de`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('de', 'page-title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: message('de', 'create-ticket') })).toBeVisible();
  // Alone in the address, the parameter is the page's, not a value of the request: no
  // "filled in from the link".
  await page.goto('/?lang=de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('de', 'page-title'));
  await expect(page.getByText(message('de', 'notice-from-link'))).toHaveCount(0);
});

test("the browser's languages choose when the address does not, and an unknown one falls back to English", async ({ guardedPage }) => {
  const french = await guardedPage({ locale: 'fr-FR' });
  await french.goto(PLANNED);
  await expect(french.getByRole('heading', { level: 1 })).toHaveText(message('fr', 'page-title'));
  await expect(french.locator('html')).toHaveAttribute('lang', 'fr');

  const other = await guardedPage({ locale: 'sv-SE' });
  await other.goto(`${PLANNED}&lang=xx`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Request a database refresh');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language menu names each language in itself, and the choice is remembered', async ({ page }) => {
  await page.goto(PLANNED);
  const menu = page.getByLabel('Language', { exact: true });
  await expect(menu.locator('option')).toHaveText(['English', 'Deutsch', 'Français', 'Español', 'Português (Brasil)', 'Nederlands', 'Dansk', '日本語', '简体中文', 'العربية']);
  await page.getByLabel('Source environment / database name').fill('ABCD_prod');
  await menu.selectOption('nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nl', 'page-title'));
  // What was typed is still there (the draft), and the next visit opens in Dutch.
  await expect(page.locator('input[value="ABCD_prod"], input').first()).toHaveValue('ABCD_prod');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('nl', 'page-title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('two embedded forms each speak the language of their host element or its nearest ancestor with one', async ({ page }) => {
  await page.route('**/examples/two-languages.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Two forms</title><link rel="icon" href="data:,"></head>
        <body><main><div data-refresh-request data-policy="veson-imos" id="one" lang="de"></div>
        <section lang="ja"><div data-refresh-request data-policy="clarity-saas" id="two"></div></section>
        <div data-refresh-request data-policy="veson-imos" id="three"></div></main>
        <script src="../embed.js"></script></body></html>`,
    }),
  );
  await page.goto('/examples/two-languages.html');
  await expect(page.locator('#one').getByRole('heading', { name: message('de', 'page-title') })).toBeVisible();
  await expect(page.locator('#two').getByRole('heading', { name: message('ja', 'page-title') })).toBeVisible();
  // No lang of its own nor above it but the page's: the page's.
  await expect(page.locator('#three').getByRole('heading', { name: 'Request a database refresh' })).toBeVisible();
  await expect(page.locator('#one').getByRole('button', { name: message('de', 'create-ticket') })).toBeVisible();
  await expect(page.locator('#two').getByRole('button', { name: message('ja', 'create-ticket') })).toBeVisible();
});

for (const tag of TAGS.filter((t) => t !== 'en')) {
  test(`in ${tag}, the page shows none of its English words, empty, with errors and in a calendar of blocked days and holidays`, async ({ page }, testInfo) => {
    const english = [...englishOnly(tag), ...calendarEnglish(tag)];
    const check = async (state) => {
      const seen = words(await pageWords(page));
      const left = english.filter((w) => seen.has(w));
      expect(left, `${tag}, ${state}: English words of the interface on the page`).toEqual([]);
    };
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${PLANNED}&lang=${tag}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(tag, 'page-title'));
    await expect(page.getByRole('grid')).toBeVisible();
    await check('empty');
    await shot(page, testInfo, `i18n-${tag}-1280`);
    await page.getByRole('button', { name: message(tag, 'create-ticket') }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await check('with errors');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, testInfo, `i18n-${tag}-390`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${CALENDAR}&lang=${tag}`);
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page.locator('.rr-cal__badge')).toHaveCount(2);
    await check('the calendar');
    await page.getByRole('grid').scrollIntoViewIfNeeded();
    await shot(page, testInfo, `i18n-${tag}-calendar-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('grid').scrollIntoViewIfNeeded();
    await shot(page, testInfo, `i18n-${tag}-calendar-390`);
  });
}

test('Arabic reads right to left on a phone, with nothing cut off and no accessibility problem', async ({ guardedPage }, testInfo) => {
  const page = await guardedPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${PLANNED}&lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('grid')).toBeVisible();
  // Lines start at the right: the language menu's label is at the right, its list left of it.
  const label = await page.getByText(message('ar', 'language-menu'), { exact: true }).boundingBox();
  const menu = await page.getByLabel(message('ar', 'language-menu'), { exact: true }).boundingBox();
  expect(390 - (label.x + label.width)).toBeLessThan(label.x);
  expect(menu.x + menu.width).toBeLessThanOrEqual(label.x);
  expect(await scrollsSideways(page)).toBe(false);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
  expect(summary, summary.join('\n')).toEqual([]);
  await shot(page, testInfo, 'i18n-ar-rtl-390');
});

test('the ticket is written in the desk language whatever the customer reads', async ({ page }) => {
  const ticket = async (tag) => {
    await page.goto(`${READY_VESON}&lang=${tag}`);
    await page.getByRole('button', { name: message(tag, 'create-ticket') }).click();
    const body = page.getByRole('textbox', { name: message(tag, 'ticket'), exact: true });
    await expect(body).toBeVisible();
    return body.inputValue();
  };
  // The panel says, in the reader's language, which language the ticket is in and why; an
  // English reader of an English desk's ticket needs no such line.
  const deskLine = (tag, name) => message(tag, 'ticket-panel-desk-language').replace('{ $desk_language }', name);
  await page.clock.setFixedTime(new Date('2024-10-07T02:00:00Z'));
  const english = await ticket('en');
  await expect(page.getByText(/ticket is written in/)).toHaveCount(0);
  expect(await ticket('de')).toBe(english);
  await expect(page.getByText(deskLine('de', 'Englisch'))).toBeVisible();
  expect(await ticket('ar')).toBe(english);
  // Arabic isolates the name (Fluent's bidi marks): the sentence around it is the catalog's.
  await expect(page.getByText(/الإنجليزية/)).toBeVisible();
  // The English ticket on the Arabic page reads left to right, as it is written.
  for (const field of [page.getByRole('textbox', { name: message('ar', 'ticket'), exact: true }), page.getByRole('textbox', { name: message('ar', 'subject-line') })]) {
    await expect(field).toHaveAttribute('dir', 'ltr');
    await expect(field).toHaveAttribute('lang', 'en');
  }
});

test("the JavaScript API writes the findings in the language asked for, English without one", async ({ page }) => {
  await page.goto('/?lang=de');
  await page.waitForFunction(() => typeof window.RefreshRequest?.validate === 'function');
  const messages = (options) =>
    // The errors: the policy's own notes are the policy's text, in its language.
    page.evaluate(
      (o) => window.RefreshRequest.validate({ policy: 'veson-imos' }, o).findings.filter((f) => f.severity === 'error').map((f) => f.message),
      options,
    );
  const english = await messages(undefined);
  const german = await messages({ lang: 'de' });
  expect(english.length).toBeGreaterThan(0);
  expect(german.length).toBe(english.length);
  expect(english.some((m) => /Enter the/.test(m))).toBe(true);
  expect(german.every((m, i) => m !== english[i])).toBe(true);
  expect(await messages({ lang: 'xx' })).toEqual(english);
});

test("loadLanguage() brings a language to a script on an English page, a built-in's own texts included, and policies() lists each policy's languages", async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => typeof window.RefreshRequest?.loadLanguage === 'function');
  const messages = (options) =>
    page.evaluate((o) => window.RefreshRequest.validate({ policy: 'veson-imos' }, o).findings.map((f) => f.message), options);
  const english = await messages(undefined);
  // Not loaded yet: English, as documented.
  expect(await messages({ lang: 'de' })).toEqual(english);
  expect(await page.evaluate(() => window.RefreshRequest.loadLanguage('de-AT'))).toBe('de');
  const german = await messages({ lang: 'de' });
  expect(german.length).toBe(english.length);
  expect(german.some((m, i) => m !== english[i])).toBe(true);
  // The built-in's note, in the German its policy file gives.
  const note = builtins[0].translations.de.notes['note.not_copied'];
  expect(german).toContain(note);
  expect(english).not.toContain(note);
  expect(await page.evaluate(() => window.RefreshRequest.loadLanguage('xx'))).toBe('en');

  const listed = await page.evaluate(() => window.RefreshRequest.policies());
  expect(listed.map((p) => [p.id, p.desk_language])).toEqual([['veson-imos', 'en'], ['clarity-saas', 'en']]);
  for (const p of listed) expect(p.languages).toEqual(TAGS);
});

test.describe('with scripts off', () => {
  // Chromium still follows the page's preloads, and refuses the module it may not run.
  test.use({ allowFailedRequests: [/refresh-request-page-[0-9a-f]+\.js$/] });

  test('the page says in every language why there is no form, and how to get it', async ({ guardedPage }, testInfo) => {
    const page = await guardedPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto('/');
    // No script can choose the reader's language: each line is in its own, English first, each
    // marked so that a screen reader speaks it in that language's voice.
    const lines = page.locator('main [lang]');
    await expect(lines).toHaveCount(TAGS.length);
    expect(await lines.evaluateAll((ps) => ps.map((p) => p.lang))).toEqual(['en', ...TAGS.filter((t) => t !== 'en').sort()]);
    for (const tag of TAGS) await expect(page.locator(`main [lang="${tag}"]`)).toHaveText(message(tag, 'shell-noscript'));
    await expect(page.locator('main [lang="ar"]')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main [lang="en"]')).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await shot(page, testInfo, 'i18n-noscript-390');
  });
});
