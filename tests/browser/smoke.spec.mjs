// Smoke test: the built page loads and works the way a user sees it.
// The guard in fixtures.mjs also fails this test on any console error, uncaught page error or
// request to a foreign origin.

import path from 'node:path';
import { test, expect } from './fixtures.mjs';

const artifacts = path.join(import.meta.dirname, 'artifacts');

test('the page loads, stays on its own origin and reacts to input', async ({ page, network, baseURL }, testInfo) => {
  const wasmTypes = [];
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.endsWith('.wasm')) wasmTypes.push(res.headers()['content-type']);
  });
  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Request a database refresh' })).toBeVisible();

  // The app is running, so its wasm was fetched, with the type instantiateStreaming needs.
  expect(wasmTypes.length).toBeGreaterThan(0);
  for (const type of wasmTypes) expect(type).toBe('application/wasm');

  // A <select> has the role "combobox"; getByLabel proves the label is tied to it. Names are
  // matched exactly: "Vendor" must not also match, say, "Public holidays the vendor observes".
  const vendor = page.getByRole('combobox', { name: 'Vendor', exact: true });
  await expect(vendor).toBeVisible();
  await expect(page.getByLabel('Vendor', { exact: true })).toHaveJSProperty('tagName', 'SELECT');
  await expect(vendor.getByRole('option')).toHaveCount(2);

  // Live validation: the checks panel asks for the source until it is typed in.
  const missing = page.getByText('Enter the source environment / database name, e.g. ABCD_prod.');
  await expect(missing.first()).toBeVisible();
  await page.getByLabel('Source environment / database name').fill('ABCD_prod');
  await expect(missing).toHaveCount(0);

  const screenshot = path.join(artifacts, 'smoke.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('smoke', { path: screenshot, contentType: 'image/png' });

  // Every request went to the page's own origin (the guard checks this too; this keeps the
  // list in the report).
  const origin = new URL(baseURL).origin;
  await testInfo.attach('requests', { body: network.map((r) => `${r.method} ${r.url}`).join('\n'), contentType: 'text/plain' });
  expect(network.length).toBeGreaterThan(0);
  for (const req of network) {
    if (/^(data|blob):/i.test(req.url)) continue;
    expect(new URL(req.url).origin, `request ${req.url}`).toBe(origin);
  }
});

test('the title and introduction show before the wasm arrives, and stay as they are when the app starts', async ({ page }) => {
  const stylesheets = [];
  page.on('request', (req) => req.resourceType() === 'stylesheet' && stylesheets.push(req.url()));
  // Hold the wasm back, as a slow network would.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');

  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Request a database refresh');
  const lede = page.locator('.rr-lede');
  await expect(lede).toBeVisible();
  // Already styled (the muted colour of the introduction), with no stylesheet to wait for:
  // the styles are inlined in the page, so the first paint needs one request, not two.
  await expect(lede).toHaveCSS('color', 'rgb(72, 79, 83)');
  expect(stylesheets).toEqual([]);
  const shellText = await lede.textContent();
  const shellBox = await title.boundingBox();
  // Tag the painted nodes, to tell whether the app keeps them or draws its own copies.
  await page.evaluate(() => {
    document.querySelector('h1').dataset.painted = 'shell';
    document.querySelector('.rr-lede').dataset.painted = 'shell';
  });
  await expect(page.getByRole('combobox', { name: 'Vendor', exact: true })).toHaveCount(0);

  release();
  await expect(page.getByRole('combobox', { name: 'Vendor', exact: true })).toBeVisible();
  // One header, the one painted first: the same nodes, words and place (nothing drawn twice, no
  // jump), with the form under it. The start-up error message is switched off.
  await expect(page.locator('[data-rr-shell]')).toHaveCount(0);
  await expect(page.locator('h1[data-painted="shell"]')).toHaveCount(1);
  await expect(page.locator('.rr-lede[data-painted="shell"]')).toHaveCount(1);
  expect(await page.evaluate(() => document.querySelector('header').compareDocumentPosition(document.querySelector('form')) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  await expect(page.getByText('The form could not start')).toHaveCount(0);
  await expect(title).toHaveCount(1);
  await expect(lede).toHaveCount(1);
  await expect(lede).toHaveText(shellText);
  expect(await title.boundingBox()).toEqual(shellBox);
});

// The calendar is never skipped by layout while off screen (content-visibility): its height
// varies too much for an estimate, and growing to it under a jump would push "Create ticket"
// off screen (form-jump.spec.mjs measures that).
test('the planning calendar below the fold is in the page and laid out from the start', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 }); // a small phone
  await page.goto('/');
  const calendar = page.getByRole('grid', { name: /When a window can start/ });
  await expect(calendar).toHaveCount(1);
  const laidOut = () =>
    calendar.evaluate((el) => el.querySelector('td').checkVisibility({ contentVisibilityAuto: true }));
  expect(await laidOut()).toBe(true);
});

test('every section below the fold is laid out from the start, and its focus rings are whole', async ({ page }) => {
  // Sections skipped until they neared the screen (content-visibility: auto) were missing from
  // the accessibility tree too, where a screen reader looks for headings and fields
  // (form-wcag.spec.mjs reads that tree).
  await page.setViewportSize({ width: 360, height: 640 }); // a small phone
  await page.goto('/');
  await expect(page.locator('.rr-verdict')).not.toBeEmpty();
  const last = page.locator('section.rr-section').last();
  expect(await last.evaluate((el) => el.querySelector('h2').checkVisibility({ contentVisibilityAuto: true }))).toBe(true);

  // The focus ring (3px outline, then a 6px shadow) shows whole outside a radio at the
  // section's edge.
  const radio = page.getByRole('radio', { name: 'Standard' });
  await radio.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(radio).toBeFocused();
  const box = await radio.boundingBox();
  const png = await page.screenshot();
  const [r, g, b] = await page.evaluate(async ({ data, x, y }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(x, y, 1, 1).data];
  }, { data: png.toString('base64'), x: Math.round(box.x - 2), y: Math.round(box.y + box.height / 2) });
  expect(r > 200 && g > 180 && b < 100, `focus yellow 2px left of the radio, got rgb(${r}, ${g}, ${b})`).toBe(true);
});

test('the gap between one section and the next is 2rem', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  for (const query of ['', '?policy=clarity-saas&integrations=yes&preserve_users=yes']) {
    await page.goto(`/${query}`);
    await expect(page.locator('.rr-verdict')).not.toBeEmpty();
    const sections = page.locator('section.rr-section');
    const count = await sections.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count - 1; i++) {
      const gap = await sections.nth(i).evaluate((el) => {
        const next = el.nextElementSibling;
        return Math.round(next.getBoundingClientRect().top - el.lastElementChild.getBoundingClientRect().bottom);
      });
      expect(gap, `${query || 'default policy'}: gap after section ${i + 1}`).toBe(32);
    }
  }
});

test("a check's standing stays at the end of its title's first line in a narrow status panel", async ({ page }) => {
  // 1000 px wide: the panel is a column of ~290 px, where "Users and versions  To do" does
  // not fit on one line. The title wraps; the word ("To do", "Needs approval") keeps its place.
  await page.setViewportSize({ width: 1000, height: 900 });
  const approval =
    '/?policy=clarity-saas&submitted_at=2024-10-07T02:00Z&source_url=https://acme-test.example.com' +
    '&target_url=https://acme.example.com&source_kind=TEST&target_kind=PROD&window=2024-10-09T08:00Z';
  for (const [url, word] of [['/', 'To do'], [approval, 'Needs approval']]) {
    await page.goto(url);
    await expect(page.locator('.rr-check__word', { hasText: word }).first()).toBeVisible();
    const heads = await page.locator('.rr-check__head').all();
    expect(heads.length).toBeGreaterThan(2);
    let wrapped = 0;
    for (const head of heads) {
      const [box, title, standing] = await Promise.all(
        [head, head.locator('.rr-check__title'), head.locator('.rr-check__word')].map((l) => l.boundingBox()),
      );
      const text = await head.locator('.rr-check__title').innerText();
      const lineHeight = await head.locator('.rr-check__title').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      if (title.height > 1.5 * lineHeight) wrapped++;
      expect(standing.y, `${text}: the word is on the title's first line`).toBeLessThan(title.y + lineHeight / 2);
      expect(Math.abs(standing.x + standing.width - (box.x + box.width)), `${text}: the word ends the line`).toBeLessThan(1);
      expect(standing.x, `${text}: the word is beside the title`).toBeGreaterThanOrEqual(title.x + title.width);
    }
    expect(wrapped, `${url}: some title is long enough to wrap at this width`).toBeGreaterThan(0);
  }
});

test.describe('without WebAssembly', () => {
  test.use({ allowConsoleErrors: [/WebAssembly is not defined/] });

  test('the page says the form cannot start, under the title, instead of a bare header', async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request a database refresh');
    await expect(page.getByRole('alert')).toContainText('The form could not start in this browser (');
    await expect(page.getByRole('alert')).toContainText('It needs JavaScript and WebAssembly');
  });
});

test.describe('a script error after the form has started', () => {
  test.use({ allowConsoleErrors: [/a host page's own bug/] });

  test('does not put the "could not start" message into a working form', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: 'Vendor', exact: true })).toBeVisible();
    // index.html's start-up guard listens for errors until the app owns the page.
    await page.evaluate(() => setTimeout(() => {
      throw new Error("a host page's own bug");
    }));
    await page.waitForTimeout(200);
    await expect(page.getByText('The form could not start')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Vendor', exact: true })).toBeVisible();
  });
});

test('a page without index.html\'s painted header still gets the whole form', async ({ page }) => {
  // Someone's own page around the same build: no `main[data-rr-shell]` to draw under.
  await page.route(/\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<main[^>]*data-rr-shell[^>]*>[\s\S]*?<\/main>/, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request a database refresh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Vendor', exact: true })).toBeVisible();
  await expect(page.locator('.rr-verdict')).not.toBeEmpty();
});

// The start-up is split into tasks, and the parts drawn in later ones (the verdict panel, its
// list of checks, the calendar) must land where nothing already on screen has
// to make room: a phone puts them below the form, a wide screen in a column of their own.
for (const [device, viewport] of [['a phone', { width: 412, height: 823 }], ['a wide screen', { width: 1280, height: 800 }]]) {
  test(`nothing on screen moves while the page starts, on ${device}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.className ?? s.node?.nodeName) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expect(page.locator('.rr-verdict')).not.toBeEmpty();
    await expect(page.locator('.rr-checks')).toBeAttached();
    await expect(page.locator('.rr-cal-wrap')).toBeAttached();
    // Two frames after the last deferred part, so its layout has been measured.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  });
}
