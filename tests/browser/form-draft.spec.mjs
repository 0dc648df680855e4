// Drafts: saved as the user types, restored on reload; Clear really clears (with Undo); a corrupt
// draft is ignored with a notice.

import { test, expect } from './fixtures.mjs';
import { ready } from './form-helpers.mjs';

const KEY = 'refresh-request:draft';

test('a draft survives a reload and Clear really clears it', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel('Source environment / database name').fill('ABCD_prod');
  await page.getByLabel('Window 1 start').fill('not a date yet');
  await page.getByRole('group', { name: /Keep the target's user information/ }).getByLabel('Yes').check();
  await page.getByLabel('Source version').fill('2024.10');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('ABCD_prod');

  await page.reload();
  await ready(page);
  await expect(page.getByText('We restored what you typed earlier on this device.')).toBeVisible();
  await expect(page.getByLabel('Source environment / database name')).toHaveValue('ABCD_prod');
  await expect(page.getByLabel('Window 1 start')).toHaveValue('not a date yet');
  await expect(page.getByLabel('Source version')).toHaveValue('2024.10');
  // A restored value that is wrong says so at once.
  await expect(page.getByLabel('Window 1 start')).toHaveAccessibleDescription(/Error: Window 1: expected a date and time/);

  await page.getByRole('button', { name: 'Clear the form' }).click();
  await expect(page.getByText('The form was cleared and the saved draft deleted.')).toBeVisible();
  await expect(page.getByLabel('Source environment / database name')).toHaveValue('');
  await expect(page.getByLabel('Window 1 start')).toHaveValue('');
  await expect(page.getByLabel('Source version')).toHaveCount(0);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();

  // Undo brings it all back (and saves it again).
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Source environment / database name')).toHaveValue('ABCD_prod');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('ABCD_prod');

  await page.getByRole('button', { name: 'Clear the form' }).click();
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Source environment / database name')).toHaveValue('');
  await expect(page.getByText('We restored what you typed earlier on this device.')).toHaveCount(0);
});

test('the chosen vendor survives a reload', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel('Vendor', { exact: true }).selectOption({ label: 'Clarity PPM SaaS' });
  await page.getByLabel('Source environment URL').fill('https://acme.example.com');
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Vendor', { exact: true })).toHaveValue('clarity-saas');
  await expect(page.getByLabel('Source environment URL')).toHaveValue('https://acme.example.com');
});

for (const corrupt of ['{oops', '{"v":1,"form":{"policy":42}}', '"just text"', '{"v":99,"form":{}}']) {
  test(`a corrupt draft (${corrupt}) is ignored with a notice`, async ({ page }) => {
    await page.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, corrupt]);
    await page.goto('/');
    await ready(page);
    await expect(page.getByText('Your saved draft could not be read, so it was ignored and the form starts empty.')).toBeVisible();
    await expect(page.getByLabel('Source environment / database name')).toHaveValue('');
    // The form works and saves a good draft over the bad one.
    await page.getByLabel('Source environment / database name').fill('ABCD_prod');
    await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k))?.form.fields.source, KEY)).toBe('ABCD_prod');
    await page.getByRole('button', { name: 'Dismiss this message' }).first().click();
    await expect(page.getByText('Your saved draft could not be read')).toHaveCount(0);
  });
}
