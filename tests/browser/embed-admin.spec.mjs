// What a help-center administrator meets with only the README and docs/: the README's embed
// snippet as written, the recommended way to give a policy of their own, and the words an
// embedded form uses on a help center's page.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';

const readme = path.resolve(import.meta.dirname, '..', '..', 'README.md');

/** The README's embed snippet: the first html block of its "Embed it in a help center" section. */
async function readmeSnippet() {
  const text = await readFile(readme, 'utf8');
  const section = text.slice(text.indexOf('## Embed it in a help center'));
  const block = section.match(/```html\n([\s\S]*?)```/);
  if (!block) throw new Error('README.md: no html block under "Embed it in a help center"');
  return block[1];
}

/** Waits until the form in `host` is drawn, its last part (the planning calendar) included. */
async function mounted(host) {
  await expect(host.getByRole('heading', { name: 'Request a database refresh', exact: true })).toBeVisible();
  await expect(host.getByRole('grid')).toBeVisible();
}

test('the README’s embed snippet, pasted as written into a page at the root of dist/, shows a themed form', async ({ page }) => {
  const snippet = await readmeSnippet();
  // dist/ hosted at the site's root, as the README says; the snippet is the page's whole body.
  await page.route('**/readme-embed.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>README snippet</title><link rel="icon" href="data:,"></head><body><h1>Help center</h1>\n${snippet}</body></html>`,
    }),
  );
  await page.goto('/readme-embed.html');
  const host = page.locator('[data-refresh-request]');
  await mounted(host);
  await expect(host.getByText('Vendor: Clarity PPM SaaS')).toBeVisible();
  // The theme in the snippet reaches the form: its main button takes the accent.
  const accent = await host.getByRole('button', { name: 'Create ticket' }).evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(accent).toBe('rgb(91, 42, 134)');
});

test.describe('the recommended custom policy: inline, with the request form wired', () => {
  test.beforeEach(async ({ page }) => {
    // A fixed "now", so the windows below stay in the future and the request ready.
    await page.clock.setFixedTime(new Date('2026-03-02T09:00:00Z'));
  });

  test('examples/own-policy.html: the inline policy’s form fills the help center’s request form', async ({ page }) => {
    await page.goto('/examples/own-policy.html');
    const form = page.locator('#refresh-form');
    await mounted(form);
    await expect(form.getByText('Vendor: Tailspin People Cloud')).toBeVisible();
    await form.getByLabel('Production tenant').fill('tailspin-prod');
    await form.getByLabel('Test tenant').fill('tailspin-test');
    await form.getByLabel('Window 1 start').fill('2026-03-05 09:00');
    await form.getByLabel('Window 2 start').fill('2026-03-05 12:00');
    await form.getByLabel('Public holidays the support team observes').selectOption('GB');
    await form.getByRole('button', { name: 'Create ticket' }).click();
    const subject = page.getByRole('textbox', { name: 'Subject', exact: true });
    await expect(subject).toHaveValue('Database refresh: tailspin-prod → tailspin-test, Thu 5 Mar 2026 09:00 UTC');
    await expect(page.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue(await form.getByLabel('Ticket', { exact: true }).inputValue());
  });
});

test('embedded on a help center’s page, the form says to paste into the request form; the standalone page, into the vendor’s help center', async ({ page }) => {
  await page.goto('/examples/own-policy.html');
  const form = page.locator('#refresh-form');
  await mounted(form);
  await expect(form.getByText(/then writes the ticket for you to paste into the request form\./)).toBeVisible();
  await expect(form.getByText(/vendor's help center/)).toHaveCount(0);

  await page.goto('/?policy=veson-imos');
  await expect(page.getByText(/then writes the ticket for you to paste into the vendor's help center\./)).toBeVisible();
});

test('a policy with no notes shows no empty “Good to know” heading; one with notes shows it', async ({ page }) => {
  const policy = {
    id: 'no-notes', name: 'No Notes Cloud', version: '1',
    environments: { naming: 'name', source_label: 'Source', target_label: 'Target', source_example: 'a', target_example: 'b' },
    windows: { count: 1, duration_minutes: 60 }, notice: { hours: 24 },
  };
  await page.route('**/examples/no-notes.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>no notes</title><link rel="icon" href="data:,"></head><body>
        <div data-refresh-request id="bare"><script type="application/json" data-refresh-policy>${JSON.stringify(policy)}</script></div>
        <div data-refresh-request data-policy="veson-imos" id="noted"></div>
        <script src="../embed.js"></script></body></html>`,
    }),
  );
  await page.goto('/examples/no-notes.html');
  await mounted(page.locator('#bare'));
  await mounted(page.locator('#noted'));
  await expect(page.locator('#noted').getByRole('heading', { name: 'Good to know' })).toBeVisible();
  await expect(page.locator('#bare').getByRole('heading', { name: 'Good to know' })).toHaveCount(0);
});
