// Helpers shared by the form-*.spec.mjs tests (not a test file itself).

import path from 'node:path';

export const artifacts = path.join(import.meta.dirname, 'artifacts');

/** A veson-imos request that is ready (docs/rules.md, notice.business_days), as a link. */
export const READY_VESON =
  '/?policy=veson-imos&submitted_at=2024-10-07T02:00Z&source=ABCD_prod&target=ABCD_test' +
  '&windows=2024-10-09T02:00Z&windows=2024-10-09T04:00Z&holiday_region=GB';

/** Only planning mode on Mon 7 Oct 2024 02:00 UTC: tests do not depend on today's date. */
export const PLANNED = '/?policy=veson-imos&submitted_at=2024-10-07T02:00Z';

/** Waits until the app has rendered. */
export async function ready(page) {
  await page.getByRole('heading', { name: 'Request a database refresh' }).waitFor();
}

/** The visible name of the focused element (its label, or its text). */
export async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the element named `name` has focus (fails if it cannot be reached). */
export async function tabTo(page, name, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`"${name}" could not be reached with the Tab key`);
}

/** Saves a full-page screenshot to the artifacts folder and attaches it to the report. */
export async function shot(page, testInfo, name) {
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Whether the page scrolls sideways. */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
