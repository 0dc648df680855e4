// Policies a vendor can write and check: RefreshRequest.addPolicy / checkPolicy
// (docs/embedding.md, "The JavaScript API") and the policy playground (playground.html).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const northwind = JSON.parse(await readFile(path.join(root, 'examples/policies/northwind-erp.json'), 'utf8'));
const acme = {
  ...northwind,
  id: 'acme-erp',
  name: 'Acme ERP',
  blackouts: [{ from: '2024-10-10T00:00:00Z', to: '2024-10-10T12:00:00Z', reason: 'Quarterly upgrade 24.4' }],
};
const request = {
  policy: 'acme-erp',
  submitted_at: '2024-10-07T02:00:00Z',
  source: 'NW_PROD',
  target: 'NW_SANDBOX',
  window: '2024-10-11T08:00:00Z',
  source_version: '25.1',
  target_version: '25.1',
};

test.describe('RefreshRequest.addPolicy', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.waitForFunction(() => typeof window.RefreshRequest?.addPolicy === 'function');
  });

  test('a policy added as an object or a JSON string is known to policies, validate, suggest and ticket', async ({ page }) => {
    const out = await page.evaluate(
      ([policy, req]) => {
        const api = window.RefreshRequest;
        const id = api.addPolicy(policy);
        const again = api.addPolicy(JSON.stringify({ ...policy, id: 'acme-two' }));
        return {
          id,
          again,
          ids: api.policies().map((p) => p.id),
          ready: api.validate(req),
          blackout: api.validate({ ...req, window: '2024-10-10T08:00:00Z' }),
          suggested: api.suggest(req),
          ticket: api.ticket(req, 'text'),
        };
      },
      [acme, request],
    );
    expect(out.id).toBe('acme-erp');
    expect(out.again).toBe('acme-two');
    expect(out.ids).toEqual(['veson-imos', 'clarity-saas', 'acme-erp', 'acme-two']);
    expect(out.ready.ready).toBe(true);
    const blackout = out.blackout.findings.find((f) => f.rule === 'window.blackout');
    expect(blackout).toMatchObject({ field: 'window', severity: 'error' });
    expect(blackout.message).toContain('“Quarterly upgrade 24.4” (Thu 10 Oct 2024 00:00 UTC to Thu 10 Oct 2024 12:00 UTC)');
    // Without the blackout: Thu 10 Oct 06:00 (3 business days' notice, service hours from 06:00).
    expect(out.suggested).toEqual(['2024-10-10T12:00:00Z']);
    expect(out.ticket).toContain('Acme ERP');
  });

  test('a policy that cannot be used throws an Error listing every problem with its path', async ({ page }) => {
    const message = await page.evaluate(() => {
      try {
        window.RefreshRequest.addPolicy({ id: 'Acme Corp', name: '', windows: { count: 9 }, blackouts: [{ from: 'soon', to: '2025-01-01T00:00Z', reason: 'x' }] });
        return 'no error';
      } catch (e) {
        return `${e instanceof Error} ${e.message}`;
      }
    });
    expect(message).toContain('true The policy “Acme Corp” cannot be used: ');
    for (const line of [
      '- id: expected lowercase letters, digits and dashes, found "Acme Corp"',
      '- name: expected a non-empty string, found ""',
      '- windows.count: expected a whole number from 1 to 4, found 9',
      '- windows.duration_minutes: expected a whole number from 15 to 1440, found nothing',
      '- notice: expected a value, found nothing',
      '- blackouts[0].from: expected a UTC instant like "2024-12-24T00:00:00Z", found "soon"',
    ]) {
      expect(message).toContain(line);
    }
    expect(await page.evaluate(() => window.RefreshRequest.policies().length)).toBe(2);
  });

  test('unknown keys are console warnings that name the nearest key, and the policy is added', async ({ page }) => {
    const warnings = [];
    page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
    const id = await page.evaluate((policy) => window.RefreshRequest.addPolicy({ ...policy, blackout: [] }), acme);
    expect(id).toBe('acme-erp');
    expect(warnings.join('\n')).toContain('`blackout`: unknown key; did you mean `blackouts`?');
  });

  test('thousands of unknown keys are one console warning that counts the rest', async ({ page }) => {
    const warnings = [];
    page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
    const id = await page.evaluate((policy) => {
      const extra = {};
      for (let i = 0; i < 20000; i++) extra[`x${i}`] = 0;
      return window.RefreshRequest.addPolicy({ ...policy, ...extra });
    }, acme);
    expect(id).toBe('acme-erp');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('`x0`: unknown key');
    expect(warnings[0]).toContain('… and 19,980 more unknown keys');
  });

  test('checkPolicy (embed.js) never throws and answers with problems and warnings by path', async ({ page }) => {
    // The playground's function is embed.js's: the form page's first load does not carry it.
    expect(await page.evaluate(() => typeof window.RefreshRequest.checkPolicy)).toBe('undefined');
    await page.goto('/examples/embed.html');
    await page.waitForFunction(() => typeof window.RefreshRequest?.checkPolicy === 'function');
    const [ok, broken, notJson] = await page.evaluate((policy) => {
      const api = window.RefreshRequest;
      return [
        api.checkPolicy({ ...policy, weekend_allowed: false }),
        api.checkPolicy({ ...policy, windows: { count: 'two', duration_minutes: 60 } }),
        api.checkPolicy('{oops'),
      ];
    }, acme);
    expect(ok).toEqual({
      id: 'acme-erp',
      problems: [],
      more: 0,
      warnings: [{ path: 'weekend_allowed', message: 'unknown key; did you mean `weekends_allowed`?' }],
    });
    expect(broken.id).toBeNull();
    expect(broken.problems).toEqual([{ path: 'windows.count', expected: 'a whole number from 1 to 4', found: '"two"' }]);
    expect(notJson.problems[0].path).toBe('(document)');
    // Checking adds nothing.
    expect(await page.evaluate(() => window.RefreshRequest.policies().map((p) => p.id))).not.toContain('acme-erp');
  });
});

test.describe('the policy playground', () => {
  const editor = (page) => page.getByLabel('Policy JSON');
  const status = (page) => page.locator('#pg-status');
  const form = (page) => page.locator('#pg-form [data-refresh-request]');

  /** Replaces the editor's text, as typing would (an input event). */
  async function edit(page, change) {
    const text = await editor(page).inputValue();
    await editor(page).fill(change(text));
  }

  test.beforeEach(async ({ page }) => {
    await page.goto('/playground.html');
    await expect(status(page)).toHaveText(/No problems: the form below is this policy's\./);
  });

  test('starts from a built-in policy, with its live form', async ({ page }) => {
    const text = await editor(page).inputValue();
    expect(JSON.parse(text).id).toBe('veson-imos');
    // The schema is named where this page serves it, so a downloaded policy still finds it.
    expect(JSON.parse(text).$schema).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/policy\.schema\.json$/);
    await expect(form(page).getByText('Vendor: Veson IMOS Platform')).toBeVisible();
    await page.getByLabel('Start from').selectOption({ label: 'Clarity PPM SaaS (clarity-saas)' });
    await expect(form(page).getByLabel('Source environment URL')).toBeVisible();
  });

  test('a misspelt key warns with "did you mean"; a broken value is a problem with its path; fixed, the form comes back', async ({ page, network }) => {
    await page.getByLabel('Start from').selectOption({ label: 'Northwind ERP Cloud (northwind-erp)' });
    await expect(form(page).getByLabel('Sandbox company database')).toBeVisible();

    await edit(page, (t) => t.replace('"weekends_allowed"', '"weekend_allowed"'));
    await expect(status(page)).toHaveText('No problems, 1 warning: the form below is this policy\'s.');
    await expect(page.locator('#pg-warnings li')).toHaveText(['weekend_allowed: unknown key; did you mean `weekends_allowed`?']);

    await edit(page, (t) => t.replace('"duration_minutes": 180', '"duration_minutes": "three hours"'));
    await expect(status(page)).toHaveText('1 problem, 1 warning: the policy cannot be used yet.');
    await expect(page.locator('#pg-problems li')).toHaveText(['windows.duration_minutes: expected a whole number from 15 to 1440, found "three hours"']);
    await expect(form(page)).toHaveCount(0);

    await edit(page, (t) => t.replace('"three hours"', '120').replace('"Sandbox company database"', '"Sandbox database"'));
    await expect(status(page)).toHaveText('No problems, 1 warning: the form below is this policy\'s.');
    await expect(form(page).getByLabel('Sandbox database')).toBeVisible();
    await expect(form(page).getByText('2 hours', { exact: false }).first()).toBeVisible();

    // Everything stayed in the browser: the guard fails on any other origin, and nothing was
    // sent, only the build's own files fetched (the service worker precaches them).
    expect(network.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('a policy with thousands of problems lists fifty and counts the rest', async ({ page }) => {
    const broken = Array.from({ length: 1000 }, () => ({ from: 'x', to: 'y', reason: '' }));
    await edit(page, (text) => JSON.stringify({ ...JSON.parse(text), blackouts: broken }));
    await expect(status(page)).toHaveText('3,000 problems: the policy cannot be used yet.');
    const items = page.locator('#pg-problems li');
    await expect(items).toHaveCount(51);
    await expect(items.last()).toHaveText('… and 2,950 more');
  });

  test('a policy file can be loaded, and the result downloaded as it is', async ({ page }) => {
    const policy = { ...acme, id: 'from-file', name: 'From a File' };
    await page.getByLabel('Or load a policy file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(policy, null, 2)) });
    await expect(form(page).getByText('Vendor: From a File')).toBeVisible();
    // "Start from" names the file now, not the built-in policy chosen before it.
    await expect(page.getByLabel('Start from').locator('option:checked')).toHaveText('The file p.json');
    await edit(page, (t) => t.replace('"From a File"', '"Renamed"'));
    await expect(form(page).getByText('Vendor: Renamed')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the policy' }).click()]);
    expect(download.suggestedFilename()).toBe('from-file.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(saved).toEqual({ ...policy, name: 'Renamed' });
  });

  test('no axe violations on the playground, with problems listed', async ({ page }) => {
    await edit(page, (t) => t.replace('"count": 2', '"count": 7'));
    await expect(status(page)).toHaveText(/1 problem/);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
    expect(summary, summary.join('\n')).toEqual([]);
  });
});
