// UTC entry: typing always works, the UTC reading and the user's local equivalent show live.

import { test, expect } from './fixtures.mjs';
import { PLANNED, ready } from './form-helpers.mjs';

test.describe('in Paris', () => {
  test.use({ timezoneId: 'Europe/Paris' });

  test('a typed UTC instant shows its weekday and the local time beside it', async ({ page }) => {
    await page.goto(PLANNED);
    await ready(page);
    const window1 = page.getByLabel('Window 1 start');
    await expect(page.getByText('UTC, e.g. 2024-10-09 02:00').first()).toBeVisible();
    await window1.fill('2024-10-09 02:00');
    await expect(page.getByText('Wed 9 Oct 2024 02:00–04:00 UTC', { exact: true })).toBeVisible();
    await expect(page.getByText('= Wed 9 Oct, 04:00–06:00 in Europe/Paris', { exact: true })).toBeVisible();
    await expect(window1).toHaveAccessibleDescription(/= Wed 9 Oct, 04:00–06:00 in Europe\/Paris/);

    // Other spellings the core accepts, including an offset converted to UTC.
    await window1.fill('2024-12-31T23:30+01:00');
    await expect(page.getByText('Tue 31 Dec 2024 22:30 – Wed 1 Jan 2025 00:30 UTC', { exact: true })).toBeVisible();
    await expect(page.getByText('= Tue 31 Dec, 23:30 – Wed 1 Jan, 01:30 in Europe/Paris', { exact: true })).toBeVisible();

    // Half-typed text is kept and shows no reading.
    await window1.fill('2024-10-');
    await expect(window1).toHaveValue('2024-10-');
    await expect(page.getByText(/in Europe\/Paris/)).toHaveCount(1); // only the planning date's
  });
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the local equivalent follows the browser time zone', async ({ page }) => {
    await page.goto(PLANNED);
    await ready(page);
    await page.getByLabel('Window 1 start').fill('2024-10-09 02:00');
    await expect(page.getByText('= Tue 8 Oct, 22:00 – Wed 9 Oct, 00:00 in America/New_York', { exact: true })).toBeVisible();
  });
});
