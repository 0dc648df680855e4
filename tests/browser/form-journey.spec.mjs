// A customer fills in a Veson request with the keyboard only, from an empty form to a ready ticket.

import { test, expect } from './fixtures.mjs';
import { PLANNED, ready, tabTo, shot } from './form-helpers.mjs';

test('a veson request filled in by keyboard only becomes a ready ticket', async ({ page }, testInfo) => {
  await page.goto(PLANNED);
  await ready(page);
  await expect(page.getByRole('region', { name: 'Planning mode' })).toContainText('Mon 7 Oct 2024 02:00 UTC');
  await expect(page.getByRole('status').filter({ hasText: 'Not ready yet' })).toBeVisible();

  await tabTo(page, 'Source environment / database name');
  await page.keyboard.type('ABCD_prod');
  await tabTo(page, 'Target environment / database name');
  await page.keyboard.type('ABCD_test');
  await tabTo(page, 'Window 1 start');
  await page.keyboard.type('2024-10-09 02:00');
  await tabTo(page, 'Window 2 start');
  await page.keyboard.type('2024-10-09 04:00');

  // Keep the target's users: arrow keys move between the radios of one group.
  await tabTo(page, 'No');
  await page.keyboard.press('ArrowLeft');
  const users = page.getByRole('group', { name: "Keep the target's user information (its security list)?" });
  await expect(users.getByLabel('Yes')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Source version')).toBeFocused();
  await page.keyboard.type('2024.10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024.10');

  await expect(page.getByRole('status').filter({ hasText: 'Ready: you can create the ticket.' })).toBeVisible();
  await tabTo(page, 'Create ticket');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Your ticket' })).toBeFocused();
  const body = page.getByLabel('Ticket', { exact: true });
  await expect(body).toHaveValue(/Source environment \/ database name: ABCD_prod/);
  await expect(body).toHaveValue(/Window 1: Wed 9 Oct 2024 02:00–04:00 UTC/);
  await expect(body).toHaveValue(/Window 2: Wed 9 Oct 2024 04:00–06:00 UTC/);
  await expect(body).toHaveValue(/Preserve user info \(security list\) on the target: Yes/);
  await expect(page.getByLabel('Subject line')).toHaveValue('Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC');
  await expect(page).toHaveTitle('Request a database refresh');
  await shot(page, testInfo, 'form-ready-veson');
});

test('Enter in a text field creates the ticket, like submitting a form', async ({ page }) => {
  await page.goto(PLANNED);
  await ready(page);
  await page.getByLabel('Source environment / database name').fill('ABCD_prod');
  await page.getByLabel('Source environment / database name').press('Enter');
  await expect(page.getByRole('alert')).toBeFocused();
});
