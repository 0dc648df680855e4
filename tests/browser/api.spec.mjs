// window.RefreshRequest (docs/embedding.md, "The JavaScript API"), called as a help-center script would.
import { test, expect } from './fixtures.mjs';

const veson = {
  policy: 'veson-imos',
  submitted_at: '2024-10-07T02:00:00Z',
  source: 'ABCD_prod',
  target: 'ABCD_test',
  windows: ['2024-10-09T02:00:00Z', '2024-10-09T04:00:00Z'],
  refresh_type: 'standard',
  restore_point: null,
  preserve_users: false,
  source_version: '',
  target_version: '',
  holiday_region: 'GB',
};

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => typeof window.RefreshRequest?.validate === 'function');
});

test('policies() lists both built-in policies with versions', async ({ page }) => {
  const policies = await page.evaluate(() => window.RefreshRequest.policies());
  expect(policies.map((p) => p.id)).toEqual(['veson-imos', 'clarity-saas']);
  expect(policies[0].name).toBe('Veson IMOS Platform');
  expect(policies.every((p) => typeof p.version === 'string' && p.version.length > 0)).toBe(true);
});

test('validate() accepts an object or a JSON string and returns the report contract', async ({ page }) => {
  const [fromObject, fromString] = await page.evaluate((req) => {
    const api = window.RefreshRequest;
    return [api.validate(req), api.validate(JSON.stringify(req))];
  }, veson);
  expect(fromObject).toEqual(fromString);
  expect(fromObject.ready).toBe(true);
  expect(fromObject.earliest_start).toBe('2024-10-09T02:00:00Z');
  expect(fromObject.latest_start).toBeNull();
  expect(fromObject.findings.every((f) => f.severity === 'info')).toBe(true);
});

test('validate() reports the weekend window of the worked example', async ({ page }) => {
  const report = await page.evaluate(
    (req) => window.RefreshRequest.validate({ ...req, windows: ['2024-10-12T01:00Z', '2024-10-09T04:00Z'] }),
    veson,
  );
  expect(report.ready).toBe(false);
  expect(report.findings[0]).toEqual({
    rule: 'window.weekend',
    field: 'windows[0]',
    severity: 'error',
    message:
      'Window 1 (Sat 12 Oct 2024 01:00–03:00 UTC) falls on a Saturday: the vendor does not refresh at weekends. Pick a time from Monday to Friday.',
  });
});

test('validate() writes each message with the values of its own request, call after call', async ({ page }) => {
  // English messages are remembered once written: by their values too, never by id alone.
  const messages = await page.evaluate((req) => {
    const same = (name) =>
      window.RefreshRequest.validate({ ...req, source: name, target: name }).findings.find((f) => f.rule === 'env.same').message;
    return [same('ABCD_prod'), same('WXYZ_prod'), same('ABCD_prod')];
  }, veson);
  expect(messages[0]).toContain('“ABCD_prod”');
  expect(messages[1]).toContain('“WXYZ_prod”');
  expect(messages[1]).not.toContain('ABCD_prod');
  expect(messages[2]).toBe(messages[0]);
});

test('validate() compares names and versions up to case in any script', async ({ page }) => {
  // Non-ASCII text is lower-cased by the browser's mapping (the core's `case`), ASCII by std's.
  const rules = await page.evaluate((req) => {
    const rulesOf = (request) => window.RefreshRequest.validate({ ...req, ...request }).findings.map((f) => f.rule);
    return {
      sameName: rulesOf({ source: 'ÄRZTE_ПРОД', target: 'ärzte_прод' }),
      otherName: rulesOf({ source: 'ÄRZTE_ПРОД', target: 'ärzte_тест' }),
      sameVersion: rulesOf({ preserve_users: true, source_version: 'ÉTÉ-2024.10', target_version: 'été-2024.10' }),
      otherVersion: rulesOf({ preserve_users: true, source_version: 'ÉTÉ-2024.10', target_version: 'été-2024.11' }),
    };
  }, veson);
  expect(rules.sameName).toContain('env.same');
  expect(rules.otherName).not.toContain('env.same');
  expect(rules.sameVersion).not.toContain('version.mismatch');
  expect(rules.otherVersion).toContain('version.mismatch');
});

test('validate() puts values in its messages as typed, whatever characters they hold', async ({ page }) => {
  // English messages are written once per wording and numbers, the text values put in after: a
  // value like a placeholder or with private-use characters (the page's own marks) reads as typed,
  // and a text the message chooses its words by (addresses or names) still chooses them.
  const url = 'https://acme.clarity.example.com';
  const names = ['ABCD_\u{F0000}_prod', 'ABCD_{ $value }_prod', '\u{F0001}\u{10FFFD}', 'ABCD_prod'];
  const messages = await page.evaluate(
    ([req, url, names]) => {
      const same = (request) =>
        window.RefreshRequest.validate(request).findings.find((f) => f.rule === 'env.same').message;
      return [
        same({ policy: 'clarity-saas', source_url: url, target_url: url }),
        ...names.map((name) => same({ ...req, source: name, target: name })),
      ];
    },
    [veson, url, names],
  );
  const rest = ': a refresh copies one environment over another, so they must differ.';
  expect(messages).toEqual([
    `The source and destination are both “${url}”${rest}`,
    ...names.map((name) => `The source and target are both “${name}”${rest}`),
  ]);
});

test('validate() words each window by its own number, call after call', async ({ page }) => {
  const weekend = (windows) =>
    page.evaluate(
      ([req, windows]) =>
        window.RefreshRequest.validate({ ...req, windows })
          .findings.filter((f) => f.rule === 'window.weekend')
          .map((f) => f.message),
      [veson, windows],
    );
  const rest = ': the vendor does not refresh at weekends. Pick a time from Monday to Friday.';
  expect(await weekend(['2024-10-12T01:00Z', '2024-10-13T04:00Z'])).toEqual([
    `Window 1 (Sat 12 Oct 2024 01:00–03:00 UTC) falls on a Saturday${rest}`,
    `Window 2 (Sun 13 Oct 2024 04:00–06:00 UTC) falls on a Sunday${rest}`,
  ]);
  expect(await weekend(['2024-10-09T02:00Z', '2024-10-20T05:30Z'])).toEqual([
    `Window 2 (Sun 20 Oct 2024 05:30–07:30 UTC) falls on a Sunday${rest}`,
  ]);
  expect(await weekend(['2024-10-26T23:00Z'])).toEqual([
    `Window 1 (Sat 26 Oct 2024 23:00 – Sun 27 Oct 2024 01:00 UTC) falls on a Saturday${rest}`,
  ]);
});

test('validate() names a holiday as its data does, call after call', async ({ page }) => {
  // English has no message for a holiday's name, and the page stops asking for one: the name
  // still reads as the data writes it.
  const holiday = await page.evaluate((req) => {
    const once = () =>
      window.RefreshRequest.validate({ ...req, windows: ['2024-12-25T09:00Z'] }).findings.find((f) => f.rule === 'window.holiday')
        .message;
    return [once(), once(), once()];
  }, veson);
  expect(holiday[0]).toContain('falls on Christmas Day (Wed 25 Dec 2024), a public holiday in the United Kingdom');
  expect(holiday[1]).toBe(holiday[0]);
  expect(holiday[2]).toBe(holiday[0]);
});

test('validate() turns wrong types and junk into findings, never a throw', async ({ page }) => {
  const reports = await page.evaluate(() => {
    const api = window.RefreshRequest;
    const cyclic = { policy: 'veson-imos' };
    cyclic.self = cyclic;
    return [
      api.validate('not json'),
      api.validate(42),
      api.validate(null),
      api.validate(cyclic),
      api.validate({ policy: 'veson-imos', source: 7, windows: 'soon', preserve_users: 'maybe' }),
      api.validate({ policy: 'veson-imos', source: 'x'.repeat(1 << 20) }),
    ];
  });
  for (const r of reports) expect(r.ready).toBe(false);
  const fields = reports[4].findings.filter((f) => f.rule === 'field.invalid').map((f) => f.field);
  expect(fields).toEqual(['source', 'windows', 'preserve_users']);
});

test('ticket() returns the body when ready and throws a clear message when not', async ({ page }) => {
  const body = await page.evaluate((req) => window.RefreshRequest.ticket(req, 'text'), veson);
  expect(body).toContain('Window 1: Wed 9 Oct 2024 02:00–04:00 UTC');
  expect(body).toMatch(/Checked against policy veson-imos version \S+ by the refresh request form on Mon 7 Oct 2024 02:00 UTC\./);
  const md = await page.evaluate((req) => window.RefreshRequest.ticket(req, 'markdown'), veson);
  expect(md).toContain('## Database refresh request');
  const json = JSON.parse(await page.evaluate((req) => window.RefreshRequest.ticket(req, 'json'), veson));
  expect(json.request.windows).toEqual(veson.windows);

  const error = await page.evaluate((req) => {
    try {
      window.RefreshRequest.ticket({ ...req, target: '' }, 'text');
      return null;
    } catch (e) {
      return { isError: e instanceof Error, message: e.message };
    }
  }, veson);
  expect(error).toEqual({
    isError: true,
    message: 'The request is not ready: fix 1 problem first.\n- Enter the target environment / database name, e.g. ABCD_test.',
  });
});

test('suggest() gives the earliest valid windows', async ({ page }) => {
  const starts = await page.evaluate((req) => window.RefreshRequest.suggest(req), veson);
  expect(starts).toEqual(['2024-10-09T02:00:00Z', '2024-10-09T04:00:00Z']);
  const clarity = await page.evaluate(() =>
    window.RefreshRequest.suggest({ policy: 'clarity-saas', submitted_at: '2024-10-07T02:10Z' }),
  );
  expect(clarity).toEqual(['2024-10-09T02:30:00Z']);
});
