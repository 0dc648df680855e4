// The Clarity PPM SaaS policy: URLs, environment kinds, versions, questions and checklists.

import { test, expect } from './fixtures.mjs';
import { ready, shot } from './form-helpers.mjs';

test('a clarity request with integrations needs the integration checklist', async ({ page }, testInfo) => {
  await page.goto('/?policy=clarity-saas&submitted_at=2024-10-07T02:00Z');
  await ready(page);
  await expect(page.getByLabel('Vendor', { exact: true })).toHaveValue('clarity-saas');
  await expect(page.getByText('Copy one Clarity SaaS environment\'s database over another.')).toBeVisible();

  await page.getByLabel('Source environment URL').fill('acme.example.com');
  await page.getByLabel('Source environment URL').blur();
  await expect(page.getByLabel('Source environment URL')).toHaveAccessibleDescription(
    /Error: The source environment URL should be a full address starting with https:\/\/, like https:\/\/acme\.example\.com; found “acme\.example\.com”\./,
  );
  await page.getByLabel('Source environment URL').fill('https://acme.example.com');
  await page.getByLabel('Destination environment URL').fill('https://acme-test.example.com');
  await page.getByLabel('Kind of source environment').selectOption('PROD');
  await page.getByLabel('Kind of destination environment').selectOption('TEST');
  await page.getByLabel('Start of the refresh').fill('2024-10-09 08:00');
  await expect(page.getByText('Wed 9 Oct 2024 08:00–12:00 UTC', { exact: true })).toBeVisible();
  await page.getByLabel('Source version').fill('16.2.1 Patch 3');
  await page.getByLabel('Destination version').fill('16.02.1.3');
  await page.getByLabel("I understand that the destination's data will be overwritten by the source's.").check();
  await page.getByLabel('Jobs and processes tied to external systems will be paused before the refresh.').check();

  // No integrations: no integration checklist.
  const checklist = page.getByLabel('I will follow the integration checklist.');
  await expect(checklist).toHaveCount(0);
  await page.getByRole('group', { name: 'Do you use Rally or any other integration?' }).getByLabel('Yes').check();
  await expect(checklist).toBeVisible();
  await expect(page.getByText('Before: save the destination\'s integration settings so they can be recreated.')).toBeVisible();
  await expect(checklist).toHaveAccessibleDescription(/Before: deactivate the integration in the source/);

  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Confirm the checklist: “I will follow the integration checklist”.']);
  await page.getByRole('alert').getByRole('link').click();
  await expect(checklist).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checklist).toBeChecked();

  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket' })).toBeFocused();
  const body = page.getByLabel('Ticket', { exact: true });
  await expect(body).toHaveValue(/Refresh direction: PROD → TEST/);
  await expect(body).toHaveValue(/\[x\] I will follow the integration checklist\./);
  await expect(body).toHaveValue(/Checked against policy clarity-saas version 2024-187575/);
  await shot(page, testInfo, 'form-ready-clarity');
});

test('a refresh into production needs approval, shown with the ticket', async ({ page }) => {
  await page.goto(
    '/?policy=clarity-saas&submitted_at=2024-10-07T02:00Z&source_url=https://acme-test.example.com' +
      '&target_url=https://acme.example.com&source_kind=TEST&target_kind=PROD&window=2024-10-09T08:00Z' +
      '&source_version=16.2.1%20Patch%203&target_version=16.2.1%20Patch%203&ack_overwrite=yes&ack_jobs=yes',
  );
  await ready(page);
  await page.getByRole('button', { name: 'Create ticket' }).click();
  const ticket = page.getByRole('region', { name: 'Your ticket' });
  await expect(ticket.getByRole('heading', { name: 'The ticket tells the vendor' })).toBeVisible();
  await expect(ticket).toContainText("Needs approval: Refreshing PROD from TEST overwrites production: it is possible only with the vendor's service-management approval");
});
