// Accessibility (axe-core) and layout (360 px, dark mode) of the empty, error and ready states,
// with screenshots of each for a person to look at.

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { PLANNED, READY_VESON, ready, scrollsSideways, shot } from './form-helpers.mjs';

const states = {
  empty: async (page) => {
    await page.goto(PLANNED);
    await ready(page);
  },
  error: async (page) => {
    await page.goto(PLANNED);
    await ready(page);
    await page.getByLabel('Window 1 start').fill('2024-10-12 01:00');
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
  },
  ready: async (page) => {
    await page.goto(READY_VESON);
    await ready(page);
    await page.getByRole('button', { name: 'Create ticket' }).click();
    await expect(page.getByRole('heading', { name: 'Your ticket' })).toBeFocused();
  },
  clarity: async (page) => {
    await page.goto('/?policy=clarity-saas&submitted_at=2024-10-07T02:00Z&integrations=yes&source_url=x');
    await ready(page);
  },
};

for (const [name, reach] of Object.entries(states)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations: ${name} state, ${colorScheme}`, async ({ guardedPage }, testInfo) => {
      const page = await guardedPage({ colorScheme, viewport: { width: 1280, height: 900 } });
      await reach(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
      expect(summary, summary.join('\n')).toEqual([]);
      await shot(page, testInfo, `form-${name}-desktop-${colorScheme}`);
    });
  }

  // One test per scheme, as above: both in one test take a quarter of the timeout on a quiet
  // machine, too near it on a busy 2-core one.
  for (const colorScheme of ['light', 'dark']) {
    test(`360 px wide, no sideways scrolling: ${name} state, ${colorScheme}`, async ({ guardedPage }, testInfo) => {
      const page = await guardedPage({ colorScheme, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
      await reach(page);
      expect(await scrollsSideways(page), 'the page scrolls sideways at 360 px').toBe(false);
      const results = await new AxeBuilder({ page }).withTags(['wcag2aa', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await shot(page, testInfo, `form-${name}-phone-${colorScheme}`);
    });
  }
}

test('focus is always visible', async ({ page }) => {
  await page.goto(PLANNED);
  await ready(page);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none', bg: s.backgroundColor };
    });
    expect(outline.outline || outline.shadow, `focus ring on tab stop ${i + 1}`).toBe(true);
  }
});
