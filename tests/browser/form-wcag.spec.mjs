// What a WCAG 2.2 AA audit checks beyond axe (docs/accessibility.md): the whole form in
// Chromium's accessibility tree, focus rings under forced colours, a calendar that keeps its
// information when narrow, with large text or wider spacing, the calendar as one tab stop moved
// through with the keys of a date grid, and focus that is never dropped.

import { test, expect } from './fixtures.mjs';
import { PLANNED, READY_VESON, ready, scrollsSideways, shot } from './form-helpers.mjs';

const CLARITY = '/?policy=clarity-saas&submitted_at=2024-10-07T02:00Z';
// Raised Mon 16 Dec 2024 09:00 UTC, holidays of England & Wales: the earliest start is
// Wed 18 Dec 09:00, Christmas and Boxing Day are holidays.
const DECEMBER = '/?policy=veson-imos&submitted_at=2024-12-16T09:00Z&holiday_region=GB';

// ---- The accessibility tree ------------------------------------------------------------------

/** The headings and form controls in Chromium's accessibility tree, as "role: name". */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const roles = new Set(['heading', 'textbox', 'combobox', 'checkbox', 'radio', 'button']);
  return nodes
    .filter((n) => !n.ignored && roles.has(n.role?.value))
    .map((n) => `${n.role.value}: ${(n.name?.value ?? '').replace(/\s+/g, ' ').trim()}`);
}

/** What the form's DOM holds: every section heading and every control of the form. */
async function formInDom(page) {
  return page.locator('.rr-form').evaluate((form) => {
    const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
    const headings = [...form.querySelectorAll('h2, h3')].map((h) => `heading: ${text(h)}`);
    const roleOf = (el) =>
      el.tagName === 'SELECT' ? 'combobox' : el.tagName === 'TEXTAREA' ? 'textbox' : el.tagName === 'BUTTON' ? 'button' : { checkbox: 'checkbox', radio: 'radio' }[el.type] ?? 'textbox';
    const controls = [...form.querySelectorAll('input, select, textarea')].map((el) => `${roleOf(el)}: ${text(el.labels[0])}`);
    return [...headings, ...controls];
  });
}

test('the whole form is in the accessibility tree at load and after "Create ticket"', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const url of [CLARITY, READY_VESON]) {
    await page.goto(url);
    await ready(page);
    await expect(page.getByRole('grid', { name: /When a window can start/ })).toBeVisible();
    const expected = await formInDom(page);
    // The sections a reader finds by headings or by form controls, the lower ones included.
    if (url === CLARITY) {
      expect(expected).toEqual(expect.arrayContaining(['heading: About the refresh', 'heading: Checklist']));
    }
    expect(expected.length).toBeGreaterThan(8);
    const missing = (tree) => expected.filter((item) => !tree.includes(item));
    expect(missing(await axTree(page)), `${url}: missing at load`).toEqual([]);

    if (url === READY_VESON) {
      await page.getByRole('button', { name: 'Create ticket' }).click();
      await expect(page.getByRole('heading', { name: 'Your ticket' })).toBeFocused();
      expect(missing(await axTree(page)), 'missing after "Create ticket"').toEqual([]);
    }
  }
});

// ---- Focus under forced colours -----------------------------------------------------------

/**
 * How many pixels of a ring just outside `locator`'s box change when it takes focus from the
 * keyboard (`focus` presses the keys that focus it, `blur` those that move focus away).
 */
async function ringChange(page, locator, focus, blur) {
  await blur();
  const box = await locator.boundingBox();
  const pad = 5;
  const clip = { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
  const before = await page.screenshot({ clip });
  await focus();
  await expect(locator).toBeFocused();
  const after = await page.screenshot({ clip });
  return page.evaluate(
    async ({ a, b, pad }) => {
      const pixels = async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      let changed = 0;
      for (let row = 0; row < x.height; row++) {
        for (let col = 0; col < x.width; col++) {
          // Only the ring outside the element's own box: an indicator, not a change of text.
          const inside = row >= pad && row < x.height - pad && col >= pad && col < x.width - pad;
          if (inside) continue;
          const i = (row * x.width + col) * 4;
          if (Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]) > 60) changed++;
        }
      }
      return changed;
    },
    { a: before.toString('base64'), b: after.toString('base64'), pad },
  );
}

test('under forced colours every tab stop shows a focus indicator, the error summary links included', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(PLANNED);
  await ready(page);
  await page.getByLabel('Window 1 start').fill('2024-10-12 01:00');
  await page.getByRole('button', { name: 'Create ticket' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();

  // The summary's first link, focused from the keyboard, against the same link unfocused.
  const link = summary.getByRole('link').first();
  const changed = await ringChange(
    page,
    link,
    () => page.keyboard.press('Tab'),
    () => summary.focus(),
  );
  expect(changed, 'pixels of a ring around the focused link that change').toBeGreaterThan(20);
  await shot(page, testInfo, 'forced-colours-focused-link');

  // Every tab stop of the page: an outline is what forced colours keep.
  await summary.focus();
  const seen = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return {
        what: `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`,
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
      };
    });
    if (!stop) break;
    seen.push(stop);
  }
  expect(seen.length).toBeGreaterThan(20);
  expect(seen.filter((s) => !s.outline).map((s) => s.what)).toEqual([]);
});

// ---- The calendar at 320 px, with 200 % text and with WCAG text spacing -------------------

/** What is wrong with the calendar's days as drawn: cut or hidden text, overlaps, no time. */
async function calendarProblems(page) {
  return page.getByRole('grid', { name: /When a window can start/ }).evaluate((grid) => {
    const problems = [];
    const cells = [...grid.querySelectorAll('td')];
    const rects = cells.map((td) => td.getBoundingClientRect());
    const within = (inner, outer) =>
      inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
    cells.forEach((td, i) => {
      const name = td.querySelector('.rr-visually-hidden').textContent;
      for (const el of td.querySelectorAll('.rr-cal__num, .rr-cal__mark, .rr-cal__icon, .rr-cal__why, .rr-cal__badge')) {
        const text = el.textContent.trim();
        if (!text) continue;
        const r = el.getBoundingClientRect();
        if (!el.checkVisibility() || r.width < 1 || r.height < 1) problems.push(`${name}: "${text}" is not shown`);
        else if (!within(r, rects[i])) problems.push(`${name}: "${text}" spills out of its day`);
        else if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) problems.push(`${name}: "${text}" is cut`);
      }
      if (td.classList.contains('rr-cal__day--open') && !/\b\d\d:\d\d\b/.test(td.innerText)) {
        problems.push(`${name}: no start time shown`);
      }
    });
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i], rects[j]];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) problems.push(`days ${i} and ${j} overlap`);
      }
    }
    return problems;
  });
}

/** The December calendar with window 1 proposed on Wed 18 Dec, scrolled into view. */
async function december(page) {
  await page.goto(DECEMBER);
  await ready(page);
  await page.getByLabel('Window 1 start').fill('2024-12-18 09:00');
  const grid = page.getByRole('grid', { name: /When a window can start/ });
  const proposed = grid.getByRole('button', { name: 'Wed 18 Dec 2024: available from 09:00 UTC, window 1 proposed' });
  await expect(proposed).toBeVisible();
  await grid.scrollIntoViewIfNeeded();
  // The proposed day's mark shows.
  await expect(proposed.getByText('W1')).toBeVisible();
  return grid;
}

for (const [name, setup] of [
  ['320 px wide', async (page) => page.setViewportSize({ width: 320, height: 700 })],
  ['390 px wide', async (page) => page.setViewportSize({ width: 390, height: 844 })],
  [
    '200 % text at 1280 px',
    async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      // The browser's own text size (Settings > Appearance > Font size), doubled.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    },
  ],
  [
    'WCAG text spacing at 1280 px',
    async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      // The spacing of WCAG 2.2's text-spacing criterion, as its test bookmarklet sets it.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent =
            '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
          document.head.append(style);
        });
      });
    },
  ],
]) {
  test(`the calendar keeps every day's information: ${name}`, async ({ page }, testInfo) => {
    await setup(page);
    const grid = await december(page);
    if (name.includes('200 %')) {
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
    }
    expect(await calendarProblems(page)).toEqual([]);
    expect(await scrollsSideways(page), 'the page scrolls sideways').toBe(false);
    const file = `calendar-${name.replace(/[^a-z0-9]+/gi, '-')}`;
    await grid.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${import.meta.dirname}/artifacts/${file}.png` });
    await shot(page, testInfo, `${file}-page`);
  });
}

// ---- The calendar as one tab stop -----------------------------------------------------------

/**
 * Presses Tab through the whole page, shadow roots included, and counts the stops inside a
 * planning calendar and in all.
 */
async function tabStops(page) {
  const where = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      return { calendar: !!el.closest('.rr-cal'), key: el.id || el.outerHTML.slice(0, 80) };
    });
  await page.locator('body').focus();
  let calendar = 0;
  let all = 0;
  const first = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await where();
    if (!stop) {
      if (all > 0) break;
      continue;
    }
    if (first.includes(stop.key)) break; // wrapped round
    if (all < 3) first.push(stop.key);
    all++;
    if (stop.calendar) calendar++;
  }
  return { calendar, all };
}

test('the calendar is one tab stop on the page and one per form with two embedded forms', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(DECEMBER);
  await ready(page);
  await expect(page.getByRole('grid', { name: /When a window can start/ })).toBeVisible();
  const single = await tabStops(page);
  expect(single.calendar).toBe(1);

  await page.goto('/examples/embed.html');
  for (const id of ['#clarity-form', '#veson-form']) {
    await expect(page.locator(id).getByRole('grid')).toBeVisible();
  }
  const two = await tabStops(page);
  expect(two.calendar).toBe(2);
});

test('the arrow keys, Home/End and Page Up/Down move through the days; Enter picks one', async ({ page }) => {
  await page.goto(DECEMBER);
  await ready(page);
  const grid = page.getByRole('grid', { name: /When a window can start/ });
  await expect(grid).toBeVisible();
  // The focused day (a button, or the cell of a closed day) and what a screen reader says of it.
  const focused = grid.locator(':focus');
  // A day's date alone, or the whole of what is said of it.
  const expectOn = (day, message) =>
    expect(focused, message).toHaveAccessibleName(day.includes(':') ? day : new RegExp(`^${day}: `));

  // Into the grid with Tab: the first day that can be chosen.
  await page.getByRole('button', { name: 'Suggest the earliest windows' }).focus();
  await page.keyboard.press('Tab');
  await expectOn('Wed 18 Dec 2024');

  const steps = [
    ['ArrowRight', 'Thu 19 Dec 2024'],
    ['ArrowDown', 'Thu 26 Dec 2024: not possible: public holiday, Boxing Day'],
    ['End', 'Sun 29 Dec 2024'],
    ['Home', 'Mon 23 Dec 2024'],
    ['ArrowUp', 'Mon 16 Dec 2024'],
    ['ArrowLeft', 'Mon 16 Dec 2024'],
    ['PageDown', 'Thu 16 Jan 2025'],
    ['PageUp', 'Mon 16 Dec 2024'],
    ['Control+End', 'Sun 26 Jan 2025'],
    ['Control+Home', 'Mon 16 Dec 2024'],
    ['ArrowRight', 'Tue 17 Dec 2024'],
    ['ArrowRight', 'Wed 18 Dec 2024'],
    ['ArrowRight', 'Thu 19 Dec 2024'],
  ];
  for (const [key, name] of steps) {
    await page.keyboard.press(key);
    await expectOn(name, `after ${key}`);
  }
  // Tab leaves the grid; Shift+Tab comes back to the day last focused.
  await page.keyboard.press('Tab');
  await expect(focused).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expectOn('Thu 19 Dec 2024');
  expect(await grid.locator('[tabindex="0"]').count()).toBe(1);

  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Window 1 start')).toHaveValue(/^2024-12-19 /);
  await expect(focused).toHaveAccessibleName(/^Thu 19 Dec 2024: .*, window 1 proposed$/);
  // Redrawn with the mark, the grid still has one stop: the day just picked.
  expect(await grid.locator('[tabindex="0"]').count()).toBe(1);
});

// ---- Focus is never dropped ----------------------------------------------------------------

test('"Dismiss" moves focus to the form, not to the page', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByLabel('Source environment / database name').fill('ABCD_prod');
  await page.getByRole('button', { name: 'Clear the form' }).click();
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(page.getByRole('button', { name: 'Dismiss this message' })).toHaveCount(0);
  await expect(page.getByLabel('Vendor')).toBeFocused();
});

test('"Turn off planning mode" and "Back to the time now" move focus to the button that turns it on again', async ({ page }) => {
  for (const [where, name] of [
    ['banner', 'Turn off planning mode'],
    ['form', 'Back to the time now'],
  ]) {
    await page.goto(PLANNED);
    await ready(page);
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('region', { name: 'Planning mode' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'What if I raise it on another date?' }), where).toBeFocused();
  }
});

test('the checks panel is a tab stop only where it scrolls', async ({ page }) => {
  const checks = page.getByRole('region', { name: 'Checks' });
  // Beside the form and taller than a short laptop screen: it scrolls, so a keyboard needs it.
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/?policy=clarity-saas');
  await ready(page);
  await expect(checks.getByRole('listitem').first()).toBeVisible();
  expect(await checks.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect(checks).toHaveAttribute('tabindex', '0');
  // Under the form on a phone: the page scrolls, the panel does not.
  await page.setViewportSize({ width: 320, height: 700 });
  await expect(checks).not.toHaveAttribute('tabindex', /.*/);
  await page.goto('/?policy=clarity-saas');
  await ready(page);
  await expect(checks.getByRole('listitem').first()).toBeVisible();
  expect(await checks.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(false);
  await expect(checks).not.toHaveAttribute('tabindex', /.*/);
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Link copied" goes once the form is cleared', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.getByLabel('Source environment / database name').fill('ABCD_prod');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear the form' }).click();
    await expect(page.getByText('The form was cleared.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0);
    await expect(page.getByLabel('Share link')).toHaveCount(0);
  });
});
