// Planning mode: "what if I raise it on …", with a banner while it is on.

import { test, expect } from './fixtures.mjs';
import { ready } from './form-helpers.mjs';

test('planning mode can be turned on and off, and the banner says when it is on', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.getByRole('region', { name: 'Planning mode' })).toHaveCount(0);
  await expect(page.getByText(/Checked against the time now: \w{3} \d+ \w{3} \d{4} \d\d:\d\d UTC/)).toBeVisible();

  await page.getByRole('button', { name: 'What if I raise it on another date?' }).click();
  const field = page.getByLabel('Raise the ticket on (planning mode)');
  await expect(field).toBeFocused();
  await field.fill('2024-10-07 02:00');
  const banner = page.getByRole('region', { name: 'Planning mode' });
  await expect(banner).toContainText('Planning mode: checking as if the ticket were raised on Mon 7 Oct 2024 02:00 UTC, not now.');
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('Earliest start: Wed 9 Oct 2024 02:00 UTC.');

  // An impossible date is an error on the field; what was typed stays.
  await field.fill('2024-02-30 10:00');
  await field.blur();
  await expect(field).toHaveAccessibleDescription(/Error: Submission time: “2024-02-30 10:00” is not a real calendar date: check the day and month\./);
  await expect(field).toHaveValue('2024-02-30 10:00');

  await banner.getByRole('button', { name: 'Turn off planning mode' }).click();
  await expect(page.getByRole('region', { name: 'Planning mode' })).toHaveCount(0);
  await expect(page.getByLabel('Raise the ticket on (planning mode)')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Checks' })).not.toContainText('Wed 9 Oct 2024');
});
