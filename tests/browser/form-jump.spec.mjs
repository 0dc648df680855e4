// A jump to the form's buttons lands on them. A link or a help-center script that
// brings "Create ticket" into view with `scrollIntoView({block: "end"})` must leave it on
// screen once the parts drawn a task later have come.

import { test, expect } from './fixtures.mjs';
import { READY_VESON, ready } from './form-helpers.mjs';

const screens = [
  ['a phone', { width: 390, height: 823 }],
  ['a laptop', { width: 1280, height: 720 }],
];

for (const [device, viewport] of screens) {
  for (const [start, url] of [
    ['an empty form', '/'],
    ['a filled-in form', READY_VESON],
    // December: the calendar lists the holidays under it, and is taller.
    ['a form planned in December', '/?policy=veson-imos&holiday_region=GB&submitted_at=2024-12-20T02:00Z'],
  ]) {
    test(`scrollIntoView on "Create ticket" leaves it on screen, ${start} on ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url);
      await ready(page);
      const button = page.getByRole('button', { name: 'Create ticket' });
      await button.waitFor();
      await button.evaluate((b) => b.scrollIntoView({ block: 'end' }));
      // What a user would see once the page has settled.
      await page.waitForTimeout(500);
      const box = await button.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: window.innerHeight };
      });
      expect(box.top, `"Create ticket" at ${box.top}–${box.bottom} px`).toBeGreaterThanOrEqual(0);
      expect(box.bottom, `"Create ticket" at ${box.top}–${box.bottom} px on a ${box.height} px screen`).toBeLessThanOrEqual(box.height);
    });
  }
}
