// Prefill from the address (query string and fragment) and share links that round-trip.

import { test, expect } from './fixtures.mjs';
import { ready } from './form-helpers.mjs';

test('a link fills the form; a bad parameter is an error on its field', async ({ page }) => {
  await page.goto(
    '/?policy=veson-imos&source=ABCD_prod&target=ABCD_test&windows=2024-10-09T02:00Z&windows=soon' +
      '&preserve_users=maybe&submitted_at=2024-10-07T02:00Z&utm_source=help-center#holiday_region=GB',
  );
  await ready(page);
  await expect(page.getByText('The form was filled in from the link you opened.')).toBeVisible();
  await expect(page.getByLabel('Source environment / database name')).toHaveValue('ABCD_prod');
  await expect(page.getByLabel('Target environment / database name')).toHaveValue('ABCD_test');
  await expect(page.getByLabel('Window 1 start')).toHaveValue('2024-10-09T02:00Z');
  await expect(page.getByLabel('Public holidays the support team observes')).toHaveValue('GB');
  // submitted_at turns on planning mode.
  await expect(page.getByRole('region', { name: 'Planning mode' })).toContainText('Mon 7 Oct 2024 02:00 UTC');

  // Bad values: kept as given, reported on their fields straight away.
  const window2 = page.getByLabel('Window 2 start');
  await expect(window2).toHaveValue('soon');
  await expect(window2).toHaveAttribute('aria-invalid', 'true');
  await expect(window2).toHaveAccessibleDescription(/Error: Window 2: expected a date and time in UTC like 2024-10-09 02:00 \(or 2024-10-09T02:00Z\), found “soon”\./);
  const users = page.getByRole('group', { name: /Keep the target's user information/ });
  await expect(users).toContainText("Error: Keep the target's users: answer yes or no, found “maybe”.");
  await expect(users.getByLabel('Yes')).not.toBeChecked();
  await expect(users.getByLabel('No')).not.toBeChecked();

  // The request left the address bar (the draft keeps it); the host's own parameter stays.
  await expect(page).toHaveURL(/\/\?utm_source=help-center&policy=veson-imos$/);
});

test('an unknown policy in a link falls back with a notice', async ({ page }) => {
  await page.goto('/?policy=acme&source=x');
  await ready(page);
  await expect(page.getByText('The link asked for a vendor policy this page does not know (“acme”)')).toBeVisible();
  await expect(page.getByLabel('Vendor', { exact: true })).toHaveValue('veson-imos');
  await expect(page.getByLabel('Source environment / database name')).toHaveValue('x');
});

test.describe('share links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy share link" round-trips the form, planning mode included', async ({ page, guardedPage }) => {
    await page.goto('/');
    await ready(page);
    await page.getByLabel('Vendor', { exact: true }).selectOption('clarity-saas');
    await page.getByLabel('Source environment URL').fill('https://acme.example.com/niku?a=1&b=2');
    await page.getByLabel('Destination environment URL').fill('https://acme-test.example.com');
    await page.getByLabel('Kind of source environment').selectOption('PROD');
    await page.getByLabel('Start of the refresh').fill('2024-10-09 08:00');
    await page.getByRole('group', { name: 'Do you use Rally or any other integration?' }).getByLabel('Yes').check();
    await page.getByLabel('I will follow the integration checklist.').check();
    await page.getByRole('button', { name: 'What if I raise it on another date?' }).click();
    await page.getByLabel('Raise the ticket on (planning mode)').fill('2024-10-07 02:00');

    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await expect(page.getByLabel('Share link')).toHaveValue(link);
    expect(link).toMatch(/#.*\bpolicy=clarity-saas\b/);

    // A fresh browser (no draft) opens the link and gets the same form.
    const other = await guardedPage();
    await other.goto(link);
    await ready(other);
    await expect(other.getByLabel('Vendor', { exact: true })).toHaveValue('clarity-saas');
    await expect(other.getByLabel('Source environment URL')).toHaveValue('https://acme.example.com/niku?a=1&b=2');
    await expect(other.getByLabel('Destination environment URL')).toHaveValue('https://acme-test.example.com');
    await expect(other.getByLabel('Kind of source environment')).toHaveValue('PROD');
    await expect(other.getByLabel('Start of the refresh')).toHaveValue('2024-10-09 08:00');
    await expect(other.getByLabel('I will follow the integration checklist.')).toBeChecked();
    await expect(other.getByRole('region', { name: 'Planning mode' })).toContainText('Mon 7 Oct 2024 02:00 UTC');
  });

  test('a share link keeps window 2 in its place when window 1 is empty', async ({ page, guardedPage }) => {
    await page.goto('/');
    await ready(page);
    await page.getByLabel('Window 2 start').fill('2024-10-09 04:00');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());

    const other = await guardedPage();
    await other.goto(link);
    await ready(other);
    await expect(other.getByLabel('Window 1 start')).toHaveValue('');
    await expect(other.getByLabel('Window 2 start')).toHaveValue('2024-10-09 04:00');
  });
});
