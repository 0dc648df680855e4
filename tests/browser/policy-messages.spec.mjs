// A policy that words built-in messages its own way (`messages`, docs/policies.md): embedded
// forms of that policy show the vendor's wording in English and in German, the JS API's
// validate() gives it too, and a form of another policy on the same page keeps the built-in text.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { freePort, startServer } from './server.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');
const veson = JSON.parse(await readFile(path.join(root, 'crates/core/src/policies/veson-imos.json'), 'utf8'));
const worded = JSON.stringify({
  ...veson,
  id: 'veson-worded',
  messages: {
    // A holiday's name too, in English, whose catalog in the page has no holiday names.
    en: { 'field-required--env': 'We need the { $label } before anything else.', 'holiday-name-christmas-day': 'Christmas (office closed)' },
    // German only: an English form keeps the built-in text of this one.
    de: {
      'field-required--env': 'Zuerst brauchen wir: { $label }.',
      'field-required--window-n': 'Zeitfenster { $window } fehlt noch.',
      'holiday-name-christmas-day': '1. Weihnachtstag',
    },
  },
});

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Help center</title><link rel="icon" href="data:,"></head>
<body><main><h1>Help center</h1>
<div data-refresh-request data-policy-url="worded.json" id="worded-en"></div>
<div data-refresh-request data-policy-url="worded.json" id="worded-de" lang="de"></div>
<div data-refresh-request data-policy="veson-imos" id="built-in"></div>
</main><script src="embed.js"></script></body></html>`;

test.describe('a policy that words a message its own way', () => {
  test.use({ baseURL: origin });
  let srv;

  test.beforeAll(async () => {
    srv = await startServer({
      root: distDir,
      port,
      routes: {
        '/worded-host.html': (req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(hostPage);
        },
        '/worded.json': (req, res) => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(worded);
        },
      },
    });
  });

  test.afterAll(async () => {
    await srv?.close();
  });

  test('shows the vendor wording in English and German, and the built-in text elsewhere', async ({ page }) => {
    await page.goto('/worded-host.html');
    const forms = {
      en: page.locator('#worded-en'),
      de: page.locator('#worded-de'),
      builtIn: page.locator('#built-in'),
    };
    await forms.en.getByRole('button', { name: 'Create ticket' }).click();
    await forms.de.getByRole('button', { name: 'Ticket erstellen' }).click();
    await forms.builtIn.getByRole('button', { name: 'Create ticket' }).click();

    await expect(forms.en).toContainText('We need the source environment / database name before anything else.');
    await expect(forms.de).toContainText('Zuerst brauchen wir: Quellumgebung / Datenbankname.');
    await expect(forms.de).toContainText('Zeitfenster 1 fehlt noch.');
    await expect(forms.en).toContainText("Enter the first window's start, in UTC.");
    await expect(forms.builtIn).toContainText('Enter the source environment / database name, e.g. ABCD_prod.');
    await expect(forms.builtIn).not.toContainText('before anything else');
    await expect(forms.en).not.toContainText('Enter the source environment');

    // The JS API speaks the policy's wording too, in each language it gives.
    const messages = await page.evaluate(() =>
      ['en', 'de'].map((lang) =>
        window.RefreshRequest.validate({ policy: 'veson-worded' }, { lang })
          .findings.filter((f) => f.rule === 'field.required' && f.field === 'source')
          .map((f) => f.message),
      ),
    );
    expect(messages).toEqual([
      ['We need the source environment / database name before anything else.'],
      ['Zuerst brauchen wir: Quellumgebung / Datenbankname.'],
    ]);
  });

  test("a holiday's name in the policy's words: the findings in English and German, and the planning calendar", async ({ page }) => {
    // Mon 16 Dec 2024: the calendar's six weeks hold Christmas Day and Boxing Day.
    await page.clock.setFixedTime(new Date('2024-12-16T09:00:00Z'));
    await page.goto('/worded-host.html');
    const form = page.locator('#worded-en');
    await form.getByLabel('Public holidays the support team observes').selectOption('GB');
    const calendar = form.getByRole('grid');
    await expect(calendar.getByRole('gridcell', { name: 'Wed 25 Dec 2024: not possible: public holiday, Christmas (office closed)' })).toBeVisible();
    await expect(calendar.getByRole('gridcell', { name: 'Thu 26 Dec 2024: not possible: public holiday, Boxing Day' })).toBeVisible();
    await expect(form.getByText(/Wed 25 Dec 2024 – Christmas \(office closed\); Thu 26 Dec 2024 – Boxing Day/)).toBeVisible();

    const christmas = { policy: 'veson-worded', submitted_at: '2024-12-16T09:00Z', holiday_region: 'GB', windows: ['2024-12-25T09:00Z', '2024-12-27T09:00Z'] };
    const named = await page.evaluate(
      (request) =>
        ['en', 'de'].map((lang) =>
          window.RefreshRequest.validate(request, { lang }).findings.filter((f) => f.rule === 'window.holiday').map((f) => f.message),
        ),
      christmas,
    );
    expect(named[0]).toEqual([expect.stringContaining('falls on Christmas (office closed) (Wed 25 Dec 2024)')]);
    expect(named[1]).toEqual([expect.stringContaining('fällt auf 1. Weihnachtstag (')]);
    // Another policy keeps the holiday data's name.
    const builtIn = await page.evaluate(
      (request) => window.RefreshRequest.validate({ ...request, policy: 'veson-imos' }).findings.find((f) => f.rule === 'window.holiday').message,
      christmas,
    );
    expect(builtIn).toContain('falls on Christmas Day (Wed 25 Dec 2024)');
  });

  test("the page's loader names each wording it cannot use by its path (checkPolicy)", async ({ page }) => {
    await page.goto('/worded-host.html');
    await expect(page.locator('#built-in').getByRole('button', { name: 'Create ticket' })).toBeVisible();
    const report = await page.evaluate((policy) => window.RefreshRequest.checkPolicy(policy), {
      ...veson,
      id: 'veson-broken',
      messages: {
        de: {
          'env-same': '{ $source } und { $weeks } sind gleich.',
          'field-required--windows': 'Nennen Sie uns { $count Termine.',
          'field-required--window': 'Nennen Sie uns einen Termin.',
          'notice-business_day': 'Zu früh.',
          'holiday-name-xmas': 'Weihnachten',
          'holiday-name-boxing-day': 'Zweiter Weihnachtstag { $region }',
        },
        xx: { 'env-same': 'Same.' },
      },
    });
    expect(report.problems.map((p) => [p.path, p.expected, p.found])).toEqual([
      ['messages.de.env-same', "only the built-in message's variables: $naming, $value", '$source, $weeks'],
      [
        'messages.de.field-required--windows',
        'a message in Fluent syntax (a variable as { $name }, a brace as {"{"})',
        '"Nennen Sie uns { $count Termine."',
      ],
      ['messages.de.holiday-name-boxing-day', "no variables (the built-in message has none)", '$region'],
      ['messages.de.holiday-name-xmas', 'the id of a holiday of the holiday data, like "holiday-name-christmas-day"', '"holiday-name-xmas"'],
      ['messages.de.notice-business_day', 'the id of a built-in message', '"notice-business_day" (did you mean "notice-business_days"?)'],
      ['messages.xx', 'a language tag, one of en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar', '"xx"'],
    ]);
  });
});
