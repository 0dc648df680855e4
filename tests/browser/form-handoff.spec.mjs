// From a ready request to the vendor's desk. The calendar file of the proposed
// windows (read back with a real iCalendar parser, ical.js), the e-mail and request-form links
// of a policy's `handoff` (examples/handoff.html, policy examples/policies/fabrikam-hr.json),
// the printed ticket, by mouse and by keyboard alone, with axe in the new states. The page
// sends nothing itself: the links are only read here, never followed.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { test, expect } from './fixtures.mjs';
import { READY_VESON, artifacts, ready } from './form-helpers.mjs';

const HANDOFF_PAGE = '/examples/handoff.html';
const PASTE_LINE = 'Paste the ticket from the refresh request form here: it was too long to fit in this link.';
const CLARITY_READY =
  '/?policy=clarity-saas&submitted_at=2024-10-07T02:00Z&source_url=https://acme.example.com' +
  '&target_url=https://acme-test.example.com&source_kind=PROD&target_kind=TEST&window=2024-10-09T08:00Z' +
  '&source_version=16.2.1.3&target_version=16.2.1.3&ack_overwrite=yes&ack_jobs=yes';

async function noAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Clicks a button that downloads, and returns the file's name and text. */
async function downloaded(page, trigger) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: download.suggestedFilename(), text: await fs.readFile(await download.path(), 'utf8') };
}

/** The events of an .ics text, as ical.js reads them. */
function events(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The start of a window two days from now at 10:00 UTC (the example policy: 24 hours' notice, any day). */
function daysAhead(n, hour) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** The name of the focused element, inside the embedded form's shadow root too. */
async function focusedName(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return '';
    const root = el.getRootNode();
    const label = el.id ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

async function tabTo(page, name, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`"${name}" could not be reached with the Tab key`);
}

/** Fills the example policy's form with the keyboard alone and creates the ticket. */
async function readyFabrikam(page, target = 'fabrikam-test') {
  await page.goto(HANDOFF_PAGE);
  await expect(page.getByRole('heading', { name: 'Request a database refresh', level: 3 })).toBeVisible();
  await tabTo(page, 'Source tenant');
  await page.keyboard.type('fabrikam-prod');
  await tabTo(page, 'Test tenant');
  await page.keyboard.insertText(target);
  await tabTo(page, 'Window 1 start');
  await page.keyboard.type(daysAhead(3, 10));
  await tabTo(page, 'Window 2 start');
  await page.keyboard.type(daysAhead(4, 10));
  await tabTo(page, "I understand that the test tenant's data will be overwritten by production's.");
  await page.keyboard.press('Space');
  await tabTo(page, 'Create ticket');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your ticket' })).toBeFocused();
}

test('the calendar file holds one tentative event per proposed window, in UTC', async ({ page }) => {
  await page.goto(READY_VESON);
  await ready(page);
  await page.getByRole('button', { name: 'Create ticket' }).click();
  const subject = await page.getByLabel('Subject line').inputValue();
  const file = await downloaded(page, () => page.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
  expect(file.name).toBe('refresh-request.ics');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded refresh-request.ics' })).toBeVisible();

  // What Google Calendar, Outlook and Apple Calendar rely on: CRLF, folded lines, the
  // calendar's own properties, a UID and DTSTAMP per event, UTC times.
  expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of file.text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const { calendar, events: found } = events(file.text);
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  expect(found).toHaveLength(2);
  expect(found.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
    ['2024-10-09T02:00:00.000Z', '2024-10-09T04:00:00.000Z'],
    ['2024-10-09T04:00:00.000Z', '2024-10-09T06:00:00.000Z'],
  ]);
  // Each event names its own start; the ticket's subject names the first.
  expect(subject).toBe('Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC');
  expect(found.map((e) => e.summary)).toEqual([
    'Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC (window 1 of 2)',
    'Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 04:00 UTC (window 2 of 2)',
  ]);
  for (const e of found) {
    expect(e.startDate.zone.tzid).toBe('UTC');
    expect(e.description).toContain('ABCD_prod → ABCD_test');
    expect(e.description).toContain('Vendor: Veson IMOS Platform.');
    expect(e.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(e.component.getFirstPropertyValue('dtstamp').toJSDate().toISOString()).toBe('2024-10-07T02:00:00.000Z');
  }
  expect(new Set(found.map((e) => e.uid)).size).toBe(2);

  // The same request again: the same UIDs, so re-importing updates the events.
  const again = await downloaded(page, () => page.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
  expect(events(again.text).events.map((e) => e.uid)).toEqual(found.map((e) => e.uid));
  await noAxeViolations(page);
});

test('the e-mail and request-form links carry the subject and the ticket', async ({ page }) => {
  await readyFabrikam(page);
  const subject = await page.getByLabel('Subject line').inputValue();
  const body = await page.getByLabel('Ticket', { exact: true }).inputValue();

  const mail = page.getByRole('link', { name: 'Send by e-mail' });
  const href = await mail.getAttribute('href');
  expect(href).toMatch(/^mailto:support@example\.com\?/);
  const mailto = new URL(href);
  expect(mailto.searchParams.get('subject')).toBe(subject);
  expect(mailto.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  expect(href.length).toBeLessThanOrEqual(2000);

  const form = page.getByRole('link', { name: /^Open the vendor's request form/ });
  await expect(form).toHaveAttribute('target', '_blank');
  await expect(form).toHaveAttribute('rel', 'noopener');
  const url = new URL(await form.getAttribute('href'));
  expect(url.origin + url.pathname).toBe('https://support.example.com/hc/en-us/requests/new');
  expect(url.searchParams.get('ticket_form_id')).toBe('360001');
  expect(url.searchParams.get('tf_subject')).toBe(subject);
  expect(url.searchParams.get('tf_description')).toBe(body);
  // Short enough: no note to paste anything.
  await expect(page.getByText('too long to fit in a link')).toHaveCount(0);
  await noAxeViolations(page);
});

test('a ticket too long for a link asks the user to paste the one they copied', async ({ page }) => {
  // A long tenant name makes the body pass 2,000 characters once encoded (it stays under the
  // 1,000 characters a one-line field takes).
  await readyFabrikam(page, `fabrikam-test-${'x'.repeat(950)}`);
  const subject = await page.getByLabel('Subject line').inputValue();
  const href = await page.getByRole('link', { name: 'Send by e-mail' }).getAttribute('href');
  expect(href.length).toBeLessThanOrEqual(2000);
  const mailto = new URL(href);
  expect(mailto.searchParams.get('subject')).toBe(subject);
  expect(mailto.searchParams.get('body')).toBe(PASTE_LINE);
  const form = new URL(await page.getByRole('link', { name: /^Open the vendor's request form/ }).getAttribute('href'));
  expect(form.searchParams.get('tf_description')).toBe(PASTE_LINE);
  await expect(page.getByText('This ticket is too long to fit in a link')).toBeVisible();
  await noAxeViolations(page);
});

test('keyboard only, from "Create ticket" to the calendar file and the e-mail link', async ({ page }) => {
  await readyFabrikam(page);
  await tabTo(page, 'Add to calendar (.ics)');
  const file = await downloaded(page, () => page.keyboard.press('Enter'));
  expect(events(file.text).events).toHaveLength(2);
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Send by e-mail');
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe("Open the vendor's request form (opens in a new tab)");
  // The focus ring is drawn (the page's focus style).
  const outline = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
  });
  expect(outline).toBe(true);
});

test('the built-in policies offer no hand-off links', async ({ page }) => {
  await page.goto(READY_VESON);
  await ready(page);
  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Send by e-mail' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /request form/ })).toHaveCount(0);
});

test('printing gives the ticket alone, readable on paper', async ({ page }, testInfo) => {
  await page.goto(CLARITY_READY);
  await ready(page);
  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Your ticket' })).toBeFocused();
  const printed = page.locator('.rr-print-body');
  await expect(printed).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(printed).toBeVisible();
  const text = await printed.innerText();
  expect(text).toContain('Preferred schedule');
  expect(text).toContain('Wed 9 Oct 2024 08:00');
  expect(text).toContain('Refresh direction: PROD → TEST');
  expect(text).toMatch(/\[x\] .+/);
  await expect(page.getByText(/^Subject: Database refresh:/)).toBeVisible();
  // None of the form's controls or the ticket's.
  for (const control of [
    page.getByRole('button', { name: 'Create ticket' }),
    page.getByRole('button', { name: 'Copy ticket' }),
    page.getByRole('button', { name: 'Add to calendar (.ics)' }),
    page.getByLabel('Ticket', { exact: true }),
    page.getByLabel('Source environment URL'),
    page.getByRole('group', { name: 'Format' }),
  ]) {
    await expect(control).toBeHidden();
  }
  await expect(page.locator('.rr-status-panel')).toBeHidden();

  const pdf = path.join(artifacts, 'handoff-ticket.pdf');
  await fs.mkdir(artifacts, { recursive: true });
  await page.pdf({ path: pdf, format: 'A4' });
  await testInfo.attach('printed ticket', { path: pdf, contentType: 'application/pdf' });
  let paper = null;
  try {
    paper = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } catch {
    testInfo.annotations.push({ type: 'note', description: 'pdftotext (poppler-utils) not installed: the PDF text was not read' });
  }
  if (paper !== null) {
    expect(paper).toContain('Your ticket');
    expect(paper).toContain('Wed 9 Oct 2024 08:00');
    expect(paper).not.toContain('Create ticket');
    expect(paper).not.toContain('Copy ticket');
  }

  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();
});
