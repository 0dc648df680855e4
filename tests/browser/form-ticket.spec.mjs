// The ticket: formats, Copy (Clipboard API) and Download.

import { test, expect } from './fixtures.mjs';
import { READY_VESON, ready } from './form-helpers.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the ticket can be copied, downloaded, and switched between formats', async ({ page }) => {
  await page.goto(READY_VESON);
  await ready(page);
  await page.getByRole('button', { name: 'Create ticket' }).click();
  const body = page.getByLabel('Ticket', { exact: true });
  await expect(body).toHaveValue(/^Database refresh request — Veson IMOS Platform\n/);
  await expect(body).toHaveAttribute('readonly', '');

  await page.getByRole('button', { name: 'Copy ticket' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the ticket to the clipboard.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await body.inputValue());

  await page.getByRole('button', { name: 'Copy subject' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download refresh-request.txt' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('refresh-request.txt');
  const saved = await download.path();
  const fs = await import('node:fs/promises');
  expect(await fs.readFile(saved, 'utf8')).toBe(await body.inputValue());

  await page.getByLabel('Markdown').check();
  await expect(body).toHaveValue(/^## Database refresh request — Veson IMOS Platform/);
  await page.getByLabel('JSON (machine-readable)').check();
  const json = JSON.parse(await body.inputValue());
  expect(json.request.windows).toEqual(['2024-10-09T02:00:00Z', '2024-10-09T04:00:00Z']);
  expect(json.report.ready).toBe(true);
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download refresh-request.json' }).click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toBe('refresh-request.json');

  // Breaking the request hides the ticket: export is only possible when ready.
  await page.getByLabel('Window 2 start').fill('2024-10-12 01:00');
  await expect(body).toHaveCount(0);
  await expect(page.getByText('The request has changed and has problems again')).toBeVisible();
});

test.describe('without the Clipboard API', () => {
  test('copy falls back to selecting the text', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    await page.goto(READY_VESON);
    await ready(page);
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await page.getByRole('button', { name: 'Copy ticket' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Copied the ticket|the ticket is selected/ })).toBeVisible();
    const selected = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
    });
    expect(selected).toBe(await page.getByLabel('Ticket', { exact: true }).inputValue());
  });
});
