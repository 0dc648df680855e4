// iframe mode (docs/embedding.md, "An iframe instead"): index.html in an <iframe> posts its height to the parent, and the
// small host-side listener of examples/iframe.html sizes the frame to fit.

import path from 'node:path';
import { test, expect } from './fixtures.mjs';

const artifacts = path.join(import.meta.dirname, 'artifacts');

test('the page in an iframe reports its height and the host sizes the frame to fit', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    window.__heights = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'refresh-request:height') window.__heights.push(e.data.height);
    });
  });
  await page.goto('/examples/iframe.html');
  const frame = page.frameLocator('#refresh-request-frame');
  await expect(frame.getByRole('heading', { name: 'Request a database refresh', level: 1 })).toBeVisible();
  await expect(page.locator('#reported-height')).toHaveText(/^\d+ px$/);

  // The frame is as tall as its content: nothing to scroll inside it.
  const sizes = async () =>
    page.locator('#refresh-request-frame').evaluate((f) => ({
      frame: f.getBoundingClientRect().height,
      content: f.contentDocument.documentElement.scrollHeight,
      inner: f.contentDocument.documentElement.clientHeight,
    }));
  await expect.poll(async () => {
    const s = await sizes();
    return s.content <= s.inner + 1 && s.frame > 600;
  }).toBe(true);

  // The messages are only {type, height}, with a whole number of pixels.
  const heights = await page.evaluate(() => window.__heights);
  expect(heights.length).toBeGreaterThan(0);
  for (const h of heights) expect(Number.isInteger(h) && h > 0).toBe(true);

  // The height follows the content: showing findings makes the page taller, and the new
  // height is posted.
  const before = heights.at(-1);
  const source = frame.getByLabel('Source environment URL');
  await source.fill('http://nope');
  await source.press('Tab');
  await expect(frame.getByText('should be a full address starting with https://').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__heights.at(-1))).not.toBe(before);
  await expect.poll(async () => {
    const s = await sizes();
    return s.content <= s.inner + 1;
  }).toBe(true);

  const file = path.join(artifacts, 'embed-iframe.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('iframe', { path: file, contentType: 'image/png' });
});

test('the page on its own (not in a frame) posts nothing', async ({ page }) => {
  await page.addInitScript(() => {
    window.__posted = 0;
    window.addEventListener('message', () => window.__posted++);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Request a database refresh', level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__posted)).toBe(0);
});
