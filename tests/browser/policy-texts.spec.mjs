// A policy's own texts in the reader's language (docs/policies.md, "translations"): the built-in
// policies' translations reach the page with the language's catalog, the form shows them, and a
// policy text in another language than the page's takes its own direction (`dir="auto"`).
// Screenshots of the form in German and Arabic, wide and narrow, for a person to look at.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { PLANNED, shot } from './form-helpers.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const builtin = (id) => JSON.parse(readFileSync(path.join(root, 'crates', 'core', 'src', 'policies', `${id}.json`), 'utf8'));
const veson = builtin('veson-imos');
const clarity = builtin('clarity-saas');

test("the page in German shows the built-in policies' German texts", async ({ page, network }, testInfo) => {
  // Two pages and three screenshots: more than one page's time on a busy machine.
  test.setTimeout(90_000);
  const de = veson.translations.de;
  await page.goto(`${PLANNED}&lang=de`);
  await expect(page.getByLabel(de.environments.source_label, { exact: true })).toBeVisible();
  await expect(page.getByLabel(de.environments.target_label, { exact: true })).toBeVisible();
  await expect(page.getByText(de.summary)).toBeVisible();
  await expect(page.getByText(de.notes['note.logout'])).toBeVisible();
  await expect(page.getByText(veson.notes[1].text)).toHaveCount(0);
  // They came with the catalog, from the page's own site.
  expect(network.some((r) => r.url.endsWith('/locales/de.policies.json'))).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, testInfo, 'policy-texts-de-veson-1280');

  const c = clarity.translations.de;
  await page.goto('/?policy=clarity-saas&lang=de');
  await expect(page.getByRole('group', { name: c.questions.copy_filestore.label })).toBeVisible();
  await expect(page.getByText(c.questions.copy_filestore.hint)).toBeVisible();
  await expect(page.getByLabel(c.acknowledgements.ack_overwrite.label)).toBeVisible();
  await page.getByRole('group', { name: c.questions.integrations.label }).getByRole('radio').first().check();
  for (const item of c.acknowledgements.ack_integrations.items) await expect(page.getByText(item, { exact: true })).toBeVisible();
  await shot(page, testInfo, 'policy-texts-de-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, testInfo, 'policy-texts-de-390');
});

test("in English the built-in policies' translations are not fetched", async ({ page, network }) => {
  await page.goto(PLANNED);
  await expect(page.getByLabel(veson.environments.source_label, { exact: true })).toBeVisible();
  expect(network.filter((r) => /\/locales\//.test(r.url)).map((r) => r.url)).toEqual([]);
});

test('the page in Arabic shows the built-in policy in Arabic, laid out right to left', async ({ page }, testInfo) => {
  const ar = clarity.translations.ar;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?policy=clarity-saas&lang=ar');
  await expect(page.getByLabel(ar.environments.source_label, { exact: true })).toBeVisible();
  await page.getByRole('group', { name: ar.questions.integrations.label }).getByRole('radio').first().check();
  await expect(page.getByText(ar.acknowledgements.ack_integrations.items[0], { exact: true })).toBeVisible();
  await shot(page, testInfo, 'policy-texts-ar-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, testInfo, 'policy-texts-ar-390');
});

test("an English policy's texts on an Arabic page keep their own direction", async ({ page }) => {
  const policy = {
    id: 'acme-en', name: 'Acme Cloud', version: '1',
    summary: 'Copy one tenant over another.',
    environments: { naming: 'name', source_label: 'Production tenant.', target_label: 'Test tenant.' },
    windows: { count: 1, duration_minutes: 60 }, notice: { hours: 24 },
    questions: [{ key: 'files', label: 'Copy the files too?', hint: 'Attachments only.' }],
    acknowledgements: [{ key: 'ack_jobs', rule: 'ack.jobs', label: 'Jobs will pause.', items: ['Before: stop the jobs.', 'After: start them.'] }],
    notes: [{ id: 'note.one', text: 'Raise one ticket per refresh.' }],
  };
  await page.route('**/examples/english-policy-arabic-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مركز المساعدة</title><link rel="icon" href="data:,"></head><body>
        <main><div data-refresh-request id="form"><script type="application/json" data-refresh-policy>${JSON.stringify(policy)}</script></div></main>
        <script src="../embed.js"></script></body></html>`,
    }),
  );
  await page.goto('/examples/english-policy-arabic-page.html');
  const form = page.locator('#form');
  const texts = [
    form.getByText('Copy one tenant over another.', { exact: true }),
    form.locator('label', { hasText: 'Production tenant.' }),
    form.locator('legend', { hasText: 'Copy the files too?' }),
    form.getByText('Attachments only.', { exact: true }),
    form.locator('label', { hasText: 'Jobs will pause.' }),
    form.getByText('Before: stop the jobs.', { exact: true }),
    form.getByText('Raise one ticket per refresh.', { exact: true }),
  ];
  for (const text of texts) {
    await expect(text).toHaveAttribute('dir', 'auto');
    // Laid out left to right: its last character (the full stop) right of its first.
    const [first, last] = await text.evaluate((el) => {
      const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()) ?? el.firstChild;
      const at = (i) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect().left;
      };
      const t = node.textContent;
      return [at(t.indexOf(t.trim()[0])), at(t.lastIndexOf(t.trim().slice(-1)))];
    });
    expect(last, await text.textContent()).toBeGreaterThan(first);
  }
  // The page's own words follow the page.
  await expect(form.getByRole('heading').first()).not.toHaveAttribute('dir', 'auto');
});
