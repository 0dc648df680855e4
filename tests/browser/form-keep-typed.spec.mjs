// The page never loses what was typed. Storage that cannot save (full, blocked, a draft
// too large) is said once and calmly, a link never silently replaces a draft, a share link too
// long to open is not copied, huge text stays usable, and hostile API input is a finding.
// Full and blocked storage are the browser's own failures (a QuotaExceededError or SecurityError
// DOMException), raised by replacing the Storage API before the page starts.

import { test, expect } from './fixtures.mjs';
import { ready } from './form-helpers.mjs';

const KEY = 'refresh-request:draft';
const SOURCE = 'Source environment / database name';
const TARGET = 'Target environment / database name';

/** A draft as the page writes it (src/app/draft.rs). */
const draft = (fields) => JSON.stringify({ v: 1, form: { policy: 'veson-imos', fields, windows: ['', ''], planning: false } });

/** Seeds a draft once per test (not again on reload). */
async function seed(page, fields) {
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, draft(fields)]);
}

/** Makes every localStorage write throw the browser's "full" error while `window.storageFull` is set. */
async function fillStorage(page) {
  await page.addInitScript(() => {
    window.storageFull = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (this === window.localStorage && window.storageFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, k, v);
    };
  });
}

const notSaved = (page) => page.getByText(/Your draft is not being saved on this device/);
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test('with storage full the page says so once, keeps working, and never restores the older draft', async ({ page }) => {
  await seed(page, { source: 'OLD_prod' });
  await fillStorage(page);
  await page.goto('/');
  await ready(page);
  await expect(page.getByLabel(SOURCE)).toHaveValue('OLD_prod');

  await page.getByLabel(SOURCE).fill('NEW_prod');
  await expect(notSaved(page)).toHaveText(
    "Your draft is not being saved on this device: this browser's storage for the site is full. The form still works, but what you type is lost if you leave or reload the page.",
  );
  // Said once, however much more is typed; the form goes on checking.
  await page.getByLabel(TARGET).fill('NEW_prod');
  await page.getByLabel(SOURCE).focus();
  await expect(page.getByLabel(TARGET)).toHaveAccessibleDescription(/must differ/);
  await page.waitForTimeout(600);
  await expect(notSaved(page)).toHaveCount(1);
  // The older draft is gone rather than passed off as current.
  expect(await stored(page)).toBeNull();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel(SOURCE)).not.toHaveValue('OLD_prod');
  await expect(page.getByText('We restored what you typed earlier on this device.')).toHaveCount(0);

  // Once saving works again, the notice goes and the draft is saved.
  await page.getByLabel(SOURCE).fill('AGAIN_prod');
  await expect(notSaved(page)).toHaveCount(1);
  await page.evaluate(() => (window.storageFull = false));
  await page.getByLabel(SOURCE).fill('SAVED_prod');
  await expect(notSaved(page)).toHaveCount(0);
  await expect.poll(() => stored(page)).toContain('SAVED_prod');
});

test('with storage blocked the page says so and the form works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await ready(page);
  await page.getByLabel(SOURCE).fill('ABCD_prod');
  await expect(notSaved(page)).toContainText('this browser does not let the page store anything');
  await page.getByLabel(TARGET).fill('ABCD_test');
  await expect(page.getByLabel(TARGET)).toHaveValue('ABCD_test');
  await expect(notSaved(page)).toHaveCount(1);
  // Dismissed, it stays away while the reason is the same.
  await notSaved(page).locator('..').getByRole('button', { name: 'Dismiss this message' }).click();
  await page.getByLabel(TARGET).fill('ABCD_test2');
  await page.waitForTimeout(600);
  await expect(notSaved(page)).toHaveCount(0);
});

test('a 6 MB paste is kept in the field, said to be too large to save and too long, and a reload does not restore the older draft', async ({ page }) => {
  await seed(page, { source: 'OLD_prod' });
  await page.goto('/');
  await ready(page);
  const huge = 'x'.repeat(6 * 1024 * 1024);
  await page.getByLabel(SOURCE).fill(huge);
  await page.getByLabel(TARGET).focus();
  await expect(notSaved(page)).toContainText('it is too large to store (over 2,000,000 characters)');
  await expect(page.getByLabel(SOURCE)).toHaveAccessibleDescription(
    /this text is 6,291,456 characters long, and a one-line field takes at most 1,000\. Your text is kept/,
  );
  expect(await page.getByLabel(SOURCE).evaluate((el) => el.value.length)).toBe(huge.length);
  expect(await stored(page)).toBeNull();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel(SOURCE)).toHaveValue('');
  await expect(page.getByText('We restored what you typed earlier on this device.')).toHaveCount(0);

  // Shortened, it is saved again and the notice goes.
  await page.getByLabel(SOURCE).fill(huge);
  await expect(notSaved(page)).toHaveCount(1);
  await page.getByLabel(SOURCE).fill('ABCD_prod');
  await expect(notSaved(page)).toHaveCount(0);
  await expect.poll(() => stored(page)).toContain('ABCD_prod');
});

test('a prefill link keeps the draft it replaces one click away', async ({ page }) => {
  await seed(page, { source: 'MINE_prod', target: 'MINE_test', source_version: '2024.10' });
  await page.goto('/#policy=veson-imos&source=FROM_LINK');
  await ready(page);
  await expect(page.getByText('The form was filled in from the link you opened.')).toBeVisible();
  await expect(page.getByLabel(SOURCE)).toHaveValue('FROM_LINK');
  await expect(page.getByLabel(TARGET)).toHaveValue('');

  await page.getByRole('button', { name: 'Restore the draft you had' }).click();
  await expect(page.getByLabel(SOURCE)).toHaveValue('MINE_prod');
  await expect(page.getByLabel(TARGET)).toHaveValue('MINE_test');
  await expect(page.getByText('We restored what you typed earlier on this device.')).toBeVisible();
  await expect(page.getByText('The form was filled in from the link you opened.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore the draft you had' })).toHaveCount(0);
  // And it is the draft again after a reload.
  await expect.poll(() => stored(page)).toContain('MINE_test');
  await page.reload();
  await ready(page);
  await expect(page.getByLabel(TARGET)).toHaveValue('MINE_test');
});

test.describe('share links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a share link too long to open is not copied, and the field that makes it so is named', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.evaluate(() => navigator.clipboard.writeText('what was there before'));
    await page.getByLabel(SOURCE).fill('ABCD_prod');
    await page.getByLabel(TARGET).fill('T'.repeat(9000));
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nothing was copied' })).toContainText(
      `links over 8000 often break in mail and help centers. “${TARGET}” makes it so long`,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0);
    await expect(page.getByLabel('Share link')).toHaveCount(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('what was there before');

    // Shortened, the link is copied again.
    await page.getByLabel(TARGET).fill('ABCD_test');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('target=ABCD_test');
  });
});

test('with 1 MB in a field, typing saves once per pause, not once per key', async ({ page }) => {
  await page.addInitScript(() => {
    window.draftWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (this === window.localStorage) window.draftWrites += 1;
      return setItem.call(this, k, v);
    };
  });
  await page.goto('/');
  await ready(page);
  await page.getByLabel(SOURCE).fill('x'.repeat(1024 * 1024));
  await expect.poll(() => page.evaluate(() => window.draftWrites)).toBe(1);
  await page.getByLabel(SOURCE).press('End');
  await page.keyboard.type('abcdefghijklmnopqrst');
  // One save per pause (a busy machine may see a pause or two inside the 20 keys), never one per key.
  await expect.poll(() => page.evaluate(() => window.draftWrites)).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => window.draftWrites)).toBeLessThanOrEqual(4);
  expect(await page.getByLabel(SOURCE).evaluate((el) => el.value.length)).toBe(1024 * 1024 + 20);
  await page.getByLabel(TARGET).focus();
  await expect(page.getByLabel(SOURCE)).toHaveAccessibleDescription(/1,048,596 characters long/);
});

test.describe('text past 10,000 characters is read once typing pauses, and is never lost', () => {
  const long = 'x'.repeat(20_000);
  const says = (n) => new RegExp(`this text is ${n} characters long`);

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.getByLabel(SOURCE).fill(long);
    // Left once, so its findings show; then back at its end.
    await page.getByLabel(TARGET).focus();
    await expect(page.getByLabel(SOURCE)).toHaveAccessibleDescription(says('20,000'));
    await page.getByLabel(SOURCE).focus();
    await page.getByLabel(SOURCE).press('End');
    await expect.poll(() => stored(page)).toContain(long);
  });

  test('a pause in typing is enough: the field\'s finding counts the new keys without leaving it', async ({ page }) => {
    await page.keyboard.type('abc');
    await expect(page.getByLabel(SOURCE)).toBeFocused();
    await expect(page.getByLabel(SOURCE)).toHaveAccessibleDescription(says('20,003'));
  });

  test('Enter at once after typing checks the text as typed, from the first summary shown', async ({ page }) => {
    // The summary's first words, as first drawn: a later redraw must not be what makes it right.
    await page.evaluate(() => {
      window.firstSummary = null;
      new MutationObserver(() => {
        const link = document.querySelector('[role="alert"] a');
        if (link && window.firstSummary === null) window.firstSummary = link.textContent;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').getByRole('link', { name: says('20,003') })).toBeVisible();
    expect(await page.evaluate(() => window.firstSummary)).toMatch(says('20,003'));
  });

  test('a reload at once after typing restores every key', async ({ page }) => {
    await page.keyboard.type('abc');
    await page.reload();
    await ready(page);
    expect(await page.getByLabel(SOURCE).evaluate((el) => el.value.length)).toBe(20_003);
  });
});

test.describe('API input that JSON cannot carry', () => {
  const veson = {
    policy: 'veson-imos',
    submitted_at: '2024-10-07T02:00:00Z',
    source: 'ABCD_prod',
    target: 'ABCD_test',
    windows: ['2024-10-09T02:00:00Z', '2024-10-09T04:00:00Z'],
    holiday_region: 'GB',
  };

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.waitForFunction(() => typeof window.RefreshRequest?.validate === 'function');
  });

  test('unknown keys cost nothing, whatever they hold', async ({ page }) => {
    const result = await page.evaluate((req) => {
      const cyclic = {};
      cyclic.self = cyclic;
      // 2^40 paths when written out whole: a call that read the key could not write it out (nor
      // the cycle, nor the getter that throws) and would say so; no word about it, and ready
      // answers, show it went unread. What a call costs is a figure `scripts/bench` prints.
      let shared = { leaf: 'x' };
      for (let i = 0; i < 40; i++) shared = { a: shared, b: shared };
      const reports = [
        RefreshRequest.validate({ ...req, extra: cyclic }),
        RefreshRequest.validate({ ...req, extra: shared }),
        RefreshRequest.validate({ ...req, extra: 10n, get boom() { throw new Error('no'); } }),
      ];
      const ticket = RefreshRequest.ticket({ ...req, extra: cyclic }, 'text');
      return {
        ready: reports.map((r) => r.ready),
        aboutExtra: reports.flatMap((r) => r.findings.filter((f) => f.field === 'extra')),
        ticket: ticket.length > 0,
      };
    }, veson);
    expect(result.ready).toEqual([true, true, true]);
    expect(result.aboutExtra).toEqual([]);
    expect(result.ticket).toBe(true);
  });

  test('a value JSON cannot carry is field.invalid on its key, about that value', async ({ page }) => {
    const reports = await page.evaluate((req) => {
      const cyclic = ['2024-10-09T02:00:00Z'];
      cyclic.push(cyclic);
      const on = (r, field) => r.findings.filter((f) => f.field === field).map((f) => [f.rule, f.message]);
      return {
        bigint: on(RefreshRequest.validate({ ...req, target: 10n }), 'target'),
        cycle: on(RefreshRequest.validate({ ...req, windows: cyclic }), 'windows'),
        getter: on(RefreshRequest.validate({ ...req, get source() { throw new Error('boom'); } }), 'source'),
        nothing: RefreshRequest.validate().findings.map((f) => [f.rule, f.message]),
        ticket: (() => {
          try {
            RefreshRequest.ticket();
            return 'no error';
          } catch (e) {
            return e.message;
          }
        })(),
      };
    }, veson);
    expect(reports.bigint).toEqual([
      ['field.invalid', 'The value of “target” is a BigInt, which a request cannot hold: give text, true / false, or a list of text.'],
    ]);
    expect(reports.cycle).toEqual([
      ['field.invalid', 'The value of “windows” is a value that contains itself, which a request cannot hold: give text, true / false, or a list of text.'],
    ]);
    expect(reports.getter).toEqual([
      ['field.invalid', 'The value of “source” is a value that could not be read (reading it failed), which a request cannot hold: give text, true / false, or a list of text.'],
    ]);
    expect(reports.nothing).toEqual([['field.required', 'A request is needed: pass an object like {"policy": "veson-imos", …}.']]);
    expect(reports.ticket).toBe('A request is needed: pass an object like {"policy": "veson-imos", …}.');
  });

  test('fuzzed hostile objects never throw and never read as JSON syntax errors', async ({ page }) => {
    const problems = await page.evaluate((req) => {
      // A seeded generator, so a failure can be replayed.
      let seed = 22;
      const rand = (n) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const keys = ['policy', 'source', 'target', 'windows', 'window', 'submitted_at', 'holiday_region', 'preserve_users', 'ack_jobs', 'extra', 'toString', '__proto__'];
      const hostile = () => {
        const cyclic = {};
        cyclic.self = cyclic;
        const options = [
          () => 10n,
          () => cyclic,
          () => [1n],
          () => Symbol('s'),
          () => () => 1,
          () => undefined,
          () => null,
          () => NaN,
          () => 'x'.repeat(rand(5000)),
          () => new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }),
          () => ({ toJSON() { throw new Error('toJSON'); } }),
          () => new Date(NaN),
          () => [[[[[[]]]]]],
          () => '2024-10-09T02:00Z',
        ];
        return options[rand(options.length)]();
      };
      const out = [];
      for (let i = 0; i < 300; i++) {
        const obj = { ...req };
        for (let j = rand(4); j >= 0; j--) {
          const key = keys[rand(keys.length)];
          const value = hostile();
          if (rand(3) === 0) Object.defineProperty(obj, key, { get() { throw new Error('getter'); }, enumerable: true, configurable: true });
          else obj[key] = value;
        }
        try {
          const r = RefreshRequest.validate(obj);
          if (typeof r.ready !== 'boolean') out.push(`${i}: no report`);
          for (const f of r.findings) if (/not valid JSON/.test(f.message)) out.push(`${i}: ${f.message}`);
          RefreshRequest.suggest(obj);
        } catch (e) {
          out.push(`${i}: threw ${e}`);
        }
      }
      return out;
    }, veson);
    expect(problems).toEqual([]);
  });
});
