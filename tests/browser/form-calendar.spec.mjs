// The planning calendar and "Suggest the earliest windows".

import { test, expect } from './fixtures.mjs';
import { ready, shot } from './form-helpers.mjs';

// Raised Mon 16 Dec 2024 09:00 UTC, holidays of England & Wales: the earliest start is
// Wed 18 Dec 09:00, Christmas and Boxing Day are holidays.
const DECEMBER = '/?policy=veson-imos&submitted_at=2024-12-16T09:00Z&holiday_region=GB';

test('the calendar marks weekends, holidays and too-soon days, and a click fills a window', async ({ page }, testInfo) => {
  await page.goto(DECEMBER);
  await ready(page);
  const calendar = page.getByRole('grid', { name: /When a window can start/ });
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole('columnheader')).toHaveText(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

  await expect(calendar.getByRole('gridcell', { name: 'Tue 17 Dec 2024: not possible: Too soon: not enough notice' })).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: 'Sat 21 Dec 2024: not possible: weekend' })).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: 'Wed 25 Dec 2024: not possible: public holiday, Christmas Day' })).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: 'Thu 26 Dec 2024: not possible: public holiday, Boxing Day' })).toBeVisible();
  await expect(page.getByText('Public holidays (United Kingdom (England & Wales)) in these weeks:')).toBeVisible();
  await expect(page.getByText(/Wed 25 Dec 2024 – Christmas Day; Thu 26 Dec 2024 – Boxing Day/)).toBeVisible();
  // Closed days are not buttons; open days are.
  await expect(calendar.getByRole('button', { name: /Sat 21 Dec 2024/ })).toHaveCount(0);
  const wednesday = calendar.getByRole('button', { name: 'Wed 18 Dec 2024: available from 09:00 UTC' });
  await expect(wednesday).toBeVisible();

  // Keyboard: focus the day and press Enter.
  await wednesday.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Window 1 start')).toHaveValue('2024-12-18 09:00');
  await expect(page.getByRole('status').filter({ hasText: 'Window 1 set to Wed 18 Dec 2024 09:00–11:00 UTC.' })).toBeVisible();
  // The grid is drawn again with the new mark, and the keyboard stays on the day.
  await expect(calendar.getByRole('button', { name: 'Wed 18 Dec 2024: available from 09:00 UTC, window 1 proposed' })).toBeFocused();
  // The same day again fills the next window after the first one, without overlap.
  await calendar.getByRole('button', { name: /^Wed 18 Dec 2024: available from 09:00 UTC/ }).click();
  await expect(page.getByLabel('Window 2 start')).toHaveValue('2024-12-18 11:00');
  await expect(calendar.getByRole('button', { name: /Wed 18 Dec 2024: .*windows 1 and 2 proposed/ })).toBeVisible();
  await expect(page.getByText(/^Error: /)).toHaveCount(0);
  await shot(page, testInfo, 'form-calendar');

  // Outside service hours only (approval) is still offered, and says so.
  await expect(calendar.getByRole('button', { name: /possible only outside service hours/ })).toHaveCount(0);
});

test('Suggest the earliest windows fills valid windows', async ({ page }) => {
  await page.goto(DECEMBER);
  await ready(page);
  await page.getByLabel('Window 1 start').fill('2024-12-25 10:00');
  await page.getByRole('button', { name: 'Suggest the earliest windows' }).click();
  await expect(page.getByLabel('Window 1 start')).toHaveValue('2024-12-18 09:00');
  await expect(page.getByLabel('Window 2 start')).toHaveValue('2024-12-18 11:00');
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByRole('listitem').filter({ has: page.locator('.rr-check__title', { hasText: /^When$/ }) })).toContainText('Done');
  await expect(page.getByRole('status').filter({ hasText: 'Filled in: Wed 18 Dec 2024 09:00–11:00 UTC; Wed 18 Dec 2024 11:00–13:00 UTC.' })).toBeVisible();
});

test('a point-in-time refresh closes the days the restore point rules out', async ({ page }) => {
  // A point-in-time example: restore point 30 Sep 12:00, submitted 23 Sep 12:00: the window must
  // start between 7 Oct 12:00 and 10 Oct 12:00.
  await page.goto('/?policy=veson-imos&submitted_at=2024-09-23T12:00Z&refresh_type=point_in_time&restore_point=2024-09-30T12:00Z');
  await ready(page);
  const calendar = page.getByRole('grid', { name: /When a window can start/ });
  await expect(calendar.getByRole('button', { name: 'Mon 7 Oct 2024: available from 12:00 UTC' })).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: /^Fri 11 Oct 2024: not possible: Too late/ })).toBeVisible();
  await expect(calendar.getByRole('button', { name: 'Thu 10 Oct 2024: available from 01:00 UTC' })).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: /^Sat 12 Oct 2024: not possible: weekend/ })).toBeVisible();
});
