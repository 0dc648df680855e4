// The desk page (desk.html): a support engineer pastes a ticket as it arrived and the time it
// was received, by keyboard, and sees the report at receipt, what changed since the customer's
// check, and any edited lines (docs/desk.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { artifactsDir, distDir } from './playwright.config.mjs';

// Written Monday 7 Oct 2024 02:00 UTC for Wednesday 02:00: two business days' notice, to the minute.
const monday = {
  policy: 'veson-imos',
  submitted_at: '2024-10-07T02:00Z',
  source: 'ABCD_prod',
  target: 'ABCD_test',
  holiday_region: 'GB',
  windows: ['2024-10-09T02:00Z', '2024-10-09T04:00Z'],
};

/** The desk page, ready, with the ticket the form would write for `request`. */
async function openDesk(page, format = 'text') {
  await page.goto('/desk.html');
  await page.waitForFunction(() => typeof window.RefreshRequest?.checkTicket === 'function');
  return page.evaluate(([req, f]) => window.RefreshRequest.ticket(req, f), [monday, format]);
}

/** Pastes `body`, types the receipt time and presses Enter: the keyboard only. */
async function check(page, body, received) {
  await page.getByLabel('Ticket body').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(body);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Received (UTC)')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(received);
  await page.keyboard.press('Enter');
}

test('a ticket written Monday for Wednesday is ready at once, and too soon when received on Tuesday', async ({ page }) => {
  const body = await openDesk(page, 'markdown');
  // Quoted in a reply, as it may arrive.
  const mail = `From the help center:\n\n${body.split('\n').map((l) => `> ${l}`).join('\n')}\n-- \nJo`;
  await check(page, mail, '2024-10-07 02:00');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Ready at receipt');
  await expect(page.getByRole('heading', { name: 'Edited lines' })).toHaveCount(0);

  await check(page, mail, '2024-10-08 09:00');
  await expect(status).toHaveText('Not ready at receipt: 2 errors');
  const errors = page.getByRole('list').filter({ has: page.getByText('is too soon') }).first();
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(errors).toContainText('2 business days\' notice from Tue 8 Oct 2024 09:00 UTC');
  await expect(page.getByRole('heading', { name: "Since the customer's check" })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '2024-10-07 02:00 UTC' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '2024-10-08 09:00 UTC' })).toBeVisible();
});

test('an edited line is named, and the ticket is not ready', async ({ page }) => {
  const body = await openDesk(page);
  await check(page, body.replace('ABCD_test', 'ABCD_train'), '2024-10-07 02:00');
  await expect(page.getByRole('status')).toHaveText('Not ready at receipt: 1 error');
  await expect(page.getByRole('heading', { name: 'Edited lines' })).toBeVisible();
  await expect(page.getByText('Line 4 reads “Target environment / database name: ABCD_train”; the checked request says “Target environment / database name: ABCD_test”.')).toBeVisible();
});

test('text that carries no request says so, and nothing else', async ({ page }) => {
  await openDesk(page);
  await check(page, 'Please refresh our test system on Wednesday.', '2024-10-07 02:00');
  await expect(page.getByRole('status')).toHaveText(/^Could not check: No request found/);
  await expect(page.getByRole('heading', { name: 'Must be fixed' })).toHaveCount(0);
  await check(page, 'anything', 'Tuesday');
  await expect(page.getByRole('status')).toHaveText(/^Could not check: The time received: expected a date and time/);
});

test('a link to the desk page can carry the ticket and its receipt time', async ({ page }) => {
  const body = await openDesk(page);
  await page.goto(`/desk.html#${new URLSearchParams({ ticket: body, received: '2024-10-08 09:00' })}`);
  await expect(page.getByRole('status')).toHaveText('Not ready at receipt: 2 errors');
  await expect(page.getByLabel('Received (UTC)')).toHaveValue('2024-10-08 09:00');
});

test("the form page's first load carries none of the desk", async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => typeof window.RefreshRequest?.validate === 'function');
  expect(await page.evaluate(() => typeof window.RefreshRequest.checkTicket)).toBe('undefined');
  // (The word itself is in the page's English catalog: "the vendor's desk".)
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  for (const name of ['desk.js', 'desk.html', 'checkTicket']) expect(html).not.toContain(name);
  // Offline: the service worker precaches the desk page with embed.js.
  const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  for (const f of ['desk.html', 'desk.js', 'embed.js']) expect(sw).toContain(f);
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`no axe violations with a report on screen (${viewport.width} px)`, async ({ guardedPage }) => {
    const page = await guardedPage({ viewport });
    const body = await openDesk(page);
    await check(page, body.replace('ABCD_test', 'ABCD_train'), '2024-10-08 09:00');
    await expect(page.getByRole('status')).toHaveText('Not ready at receipt: 3 errors');
    await page.screenshot({ path: path.join(artifactsDir, `desk-${viewport.width}.png`), fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  });
}

test('with scripts off, the desk page and the playground say they need JavaScript, and how to turn it on', async ({ guardedPage }) => {
  const page = await guardedPage({ javaScriptEnabled: false });
  for (const [file, what] of [['desk.html', 'checks tickets'], ['playground.html', 'checks policies']]) {
    await page.goto(`/${file}`);
    // Playwright's text matching skips <noscript>, even where the browser shows it.
    const line = page.locator('main noscript p');
    await expect(line).toBeVisible();
    await expect(line).toContainText(`This page ${what} in your browser and needs JavaScript and WebAssembly: turn JavaScript on`);
  }
});
