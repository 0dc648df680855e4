// embed.js on host pages (docs/embedding.md): the example pages in examples/
// (copied into dist/examples/ by scripts/post-build.mjs) each load dist/embed.js.
//
// The guard in fixtures.mjs fails every test here on a console error (a CSP violation is one),
// an uncaught error, a failed request or a request to another origin.

import path from 'node:path';
import { test, expect } from './fixtures.mjs';

const artifacts = path.join(import.meta.dirname, 'artifacts');

/** The strict help-center CSP docs/embedding.md names, plus the usual lock-down around it. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** Records CSP violations the page reports (they are console errors too). */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

/** The requests a host page made, as paths (same origin only: the guard rejects the rest). */
function paths(network, baseURL) {
  const origin = new URL(baseURL).origin;
  return network
    .filter((r) => !/^(data|blob):/i.test(r.url))
    .map((r) => {
      const url = new URL(r.url);
      expect(url.origin, `request ${r.url}`).toBe(origin);
      return url.pathname;
    });
}

async function shot(page, testInfo, name) {
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/**
 * Serves a host page written on the fly at /examples/<name>.html (same origin): the given
 * elements, then embed.js. Resolves to its path.
 */
async function hostPage(page, name, elements) {
  await page.route(`**/examples/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
        <link rel="icon" href="data:,"></head><body>
        ${elements}
        <script src="../embed.js"></script></body></html>`,
    }),
  );
  return `/examples/${name}.html`;
}

/** A form is mounted and working when its heading shows (the app rendered in the shadow root). */
async function expectMounted(form) {
  await expect(form.getByRole('heading', { name: 'Request a database refresh', exact: true })).toBeVisible();
  // The form draws in steps, its planning calendar's grid last (src/app/deferred.rs): until
  // then the buttons below the calendar still move down, and a click aimed at one can miss, as
  // it can for a person who clicks while a page is still appearing.
  await expect(form.getByRole('grid')).toBeVisible();
}

test.describe('embed.js', () => {
  test('two forms on one page mount and work independently', async ({ page, network, baseURL }, testInfo) => {
    await page.goto('/examples/embed.html');
    const clarity = page.locator('#clarity-form');
    const veson = page.locator('#veson-form');
    await expectMounted(clarity);
    await expectMounted(veson);

    // Each form has its own policy's fields.
    const sourceUrl = clarity.getByLabel('Source environment URL');
    const sourceName = veson.getByLabel('Source environment / database name');
    await expect(sourceUrl).toBeVisible();
    await expect(sourceName).toBeVisible();
    await expect(veson.getByLabel('Source environment URL')).toHaveCount(0);

    // Type in one: it validates, and the other form does not change.
    await sourceUrl.fill('http://acme.example.com');
    await sourceUrl.press('Tab');
    const urlError = clarity.getByText('should be a full address starting with https://').first();
    await expect(urlError).toBeVisible();
    await expect(sourceUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(veson.getByText('should be a full address starting with https://')).toHaveCount(0);
    await expect(sourceName).toHaveValue('');

    await sourceName.fill('ABCD_prod');
    await expect(sourceUrl).toHaveValue('http://acme.example.com');

    // Fixing the value clears the error in that form.
    await sourceUrl.fill('https://acme.example.com');
    await sourceUrl.press('Tab');
    await expect(clarity.getByText('should be a full address starting with https://')).toHaveCount(0);

    // Buttons (click events) work inside the shadow roots too: "Suggest" fills the windows.
    await veson.getByRole('button', { name: /suggest/i }).click();
    await expect(veson.getByLabel('Window 1 start')).not.toHaveValue('');

    // The JS API came with embed.js.
    const ids = await page.evaluate(() => window.RefreshRequest.policies().map((p) => p.id));
    expect(ids).toEqual(expect.arrayContaining(['veson-imos', 'clarity-saas']));

    await shot(page, testInfo, 'embed-two-forms');

    // embed.js is the only file the forms needed: no wasm, glue or CSS was fetched.
    const requested = paths(network, baseURL);
    expect(requested).toEqual(['/examples/embed.html', '/embed.js']);
  });

  test('the form does not restyle the host page', async ({ page }) => {
    await page.goto('/examples/embed.html');
    const host = page.locator('#host-paragraph');
    const before = await host.evaluate((p) => {
      const s = getComputedStyle(p);
      return { color: s.color, font: s.fontFamily, size: s.fontSize, margin: s.marginTop, line: s.lineHeight };
    });
    expect(before.color).toBe('rgb(120, 40, 10)');
    expect(before.font).toContain('Georgia');

    await expectMounted(page.locator('#clarity-form'));
    await expectMounted(page.locator('#veson-form'));

    const after = await host.evaluate((p) => {
      const s = getComputedStyle(p);
      return { color: s.color, font: s.fontFamily, size: s.fontSize, margin: s.marginTop, line: s.lineHeight };
    });
    expect(after).toEqual(before);
    const page_ = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      bodyFont: getComputedStyle(document.body).fontFamily,
      bodyBackground: getComputedStyle(document.body).backgroundColor,
    }));
    // Only the page's own <style>; nothing added to the document.
    expect(page_).toEqual({
      sheets: 1,
      adopted: 0,
      bodyFont: expect.stringContaining('Georgia'),
      bodyBackground: 'rgb(251, 250, 246)',
    });
  });

  test('works under a strict Content-Security-Policy header', async ({ page }) => {
    await recordViolations(page);
    // The same host page, served with the CSP as an HTTP header.
    await page.route('**/examples/embed.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<style>[\s\S]*?<\/style>/, ''); // no inline CSS
      await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
    });
    await page.goto('/examples/embed.html');
    const clarity = page.locator('#clarity-form');
    await expectMounted(clarity);
    await expectMounted(page.locator('#veson-form'));
    const field = clarity.getByLabel('Destination environment URL');
    await field.fill('not a url');
    await field.press('Tab');
    await expect(clarity.getByText('should be a full address starting with https://').first()).toBeVisible();
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });

  test('a hostile host page under a strict CSP meta tag cannot break the form', async ({ page, network, baseURL }, testInfo) => {
    await recordViolations(page);
    await page.goto('/examples/hostile.html');
    const form = page.locator('#hostile-form');
    await expectMounted(form);

    // The element the host hides (display/height/opacity traps) is shown, at full size.
    const box = await form.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(400);
    expect(box?.width ?? 0).toBeGreaterThan(300);
    const hostStyle = await form.evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, opacity: s.opacity, visibility: s.visibility };
    });
    expect(hostStyle).toEqual({ display: 'block', opacity: '1', visibility: 'visible' });

    // The host's inherited text styles stop at the form.
    const label = form.getByText('Source environment / database name', { exact: true });
    const text = await label.evaluate((el) => {
      const s = getComputedStyle(el);
      return { font: s.fontFamily, transform: s.textTransform, spacing: s.letterSpacing, style: s.fontStyle, size: parseFloat(s.fontSize) };
    });
    expect(text.font).not.toContain('Comic');
    expect(text).toMatchObject({ transform: 'none', spacing: 'normal', style: 'normal' });
    // `html { font-size: 12px }` on the host does not shrink the form (rem is the reader's default).
    expect(text.size).toBeGreaterThanOrEqual(15);

    // It works: type, see validation; the "Error" tag and the field's state follow.
    const source = form.getByLabel('Source environment / database name');
    const target = form.getByLabel('Target environment / database name');
    await source.fill('ABCD_prod');
    await target.fill('abcd_PROD ');
    await target.press('Tab');
    await expect(form.getByText(/so they must differ/).first()).toBeVisible();
    await expect(target).toHaveAttribute('aria-invalid', 'true');

    // And the host page keeps its own look.
    const hostP = await page.locator('#host-paragraph').evaluate((p) => getComputedStyle(p).color);
    expect(hostP).toBe('rgb(0, 128, 0)');

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    await shot(page, testInfo, 'embed-hostile');

    expect(paths(network, baseURL)).toEqual(['/examples/hostile.html', '/examples/hostile.css', '/embed.js']);
  });

  test('custom policies: inline JSON and a same-origin URL (fetched once); a broken one lists its problems', async ({ page, network, baseURL }, testInfo) => {
    await page.goto('/examples/custom-policy.html');

    // Inline policy: its own labels and rules.
    const inline = page.locator('#inline-form');
    await expectMounted(inline);
    // The host page chose the policy: the form names it and offers no other vendor.
    await expect(inline.getByText('Vendor: Contoso CRM Online')).toBeVisible();
    await expect(inline.getByRole('combobox', { name: 'Vendor' })).toHaveCount(0);
    const source = inline.getByLabel('Source environment', { exact: true });
    const target = inline.getByLabel('Target environment', { exact: true });
    await source.fill('contoso-prod');
    await target.fill('Contoso-Prod');
    await target.press('Tab');
    await expect(inline.getByText(/so they must differ/).first()).toBeVisible();

    // Policy from a URL on this site.
    const fromUrl = page.locator('#url-form');
    await expectMounted(fromUrl);
    await expect(fromUrl.getByLabel('Sandbox company database')).toBeVisible();

    // A broken policy: a readable error in place of the form, naming the policy and listing
    // every problem with where, what was expected and what was found.
    const broken = page.locator('#broken-form');
    const alert = broken.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('heading', { name: 'This form cannot be shown' })).toBeVisible();
    await expect(alert).toContainText('The policy “Broken Policy” (given inline in this page) cannot be used: 4 problems.');
    const items = alert.getByRole('listitem');
    await expect(items).toHaveText([
      'id: expected lowercase letters, digits and dashes, found "Broken Policy"',
      'name: expected a non-empty string, found ""',
      'windows.count: expected a whole number from 1 to 4, found 9',
      'windows.duration_minutes: expected a whole number from 15 to 1440, found "two hours"',
    ]);
    await expect(broken.getByRole('textbox')).toHaveCount(0);

    // The JS API knows the custom policies too.
    const ids = await page.evaluate(() => window.RefreshRequest.policies().map((p) => p.id));
    expect(ids).toEqual(expect.arrayContaining(['contoso-crm', 'northwind-erp']));
    const report = await page.evaluate(() => window.RefreshRequest.validate({ policy: 'contoso-crm', source: 'a', target: 'a' }));
    expect(report.findings.map((f) => f.rule)).toContain('env.same');

    // An element added later, naming the same URL, mounts too, without fetching it again.
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.id = 'late-form';
      div.setAttribute('data-refresh-request', '');
      div.setAttribute('data-policy-url', 'policies/northwind-erp.json');
      document.body.append(div);
    });
    await expectMounted(page.locator('#late-form'));
    await expect(page.locator('#late-form').getByLabel('Sandbox company database')).toBeVisible();

    await shot(page, testInfo, 'embed-custom-policy');
    const requested = paths(network, baseURL);
    expect(requested.filter((p) => p.endsWith('northwind-erp.json'))).toHaveLength(1);
    expect(requested).toEqual(['/examples/custom-policy.html', '/embed.js', '/examples/policies/northwind-erp.json']);
  });

  test('policy problems from data-policy, data-policy-url and bad JSON are shown, not thrown', async ({ page }) => {
    // Host page written on the fly (same origin), so each failure mode has its own element.
    await page.goto(
      await hostPage(
        page,
        'bad-policies',
        `<div data-refresh-request data-policy="acme" id="unknown"></div>
          <div data-refresh-request data-policy-url="https://elsewhere.example/policy.json" id="foreign"></div>
          <div data-refresh-request id="not-json"><script type="application/json" data-refresh-policy>{ "id": "oops", </script></div>
          <table><tr><td data-refresh-request data-policy="veson-imos" id="in-cell"></td></tr></table>`,
      ),
    );

    const unknown = page.locator('#unknown').getByRole('alert');
    await expect(unknown).toContainText('data-policy: expected the id of a known policy (veson-imos, clarity-saas), found "acme"');

    const foreign = page.locator('#foreign').getByRole('alert');
    await expect(foreign).toContainText('The policy at “https://elsewhere.example/policy.json” could not be used (1 problem):');
    await expect(foreign).toContainText("data-policy-url: expected a URL on this page's own site");

    const notJson = page.locator('#not-json').getByRole('alert');
    await expect(notJson).toContainText('(document): expected a JSON object, found invalid JSON');

    // An element that cannot host a shadow root itself (a table cell) still gets its form.
    await expectMounted(page.locator('#in-cell'));
  });

  test('in an embedded form, a jump to the buttons below the planning calendar moves nothing after it', async ({ page }) => {
    // A calendar skipped until it neared the screen (content-visibility) took its real height
    // only a frame after the jump that brought it there, and moved the buttons below it by the
    // difference, out from under a click aimed at them.
    await page.goto('/examples/embed.html');
    await expectMounted(page.locator('#clarity-form'));
    const veson = page.locator('#veson-form');
    await expectMounted(veson);
    const [before, after] = await veson.getByRole('button', { name: 'Create ticket' }).evaluate(async (button) => {
      button.scrollIntoView({ block: 'end' });
      const top = button.getBoundingClientRect().top;
      // Chromium decides what nears the screen some frames later: 300 ms is plenty.
      await new Promise((done) => setTimeout(done, 300));
      return [top, button.getBoundingClientRect().top];
    });
    expect(after).toBe(before);
  });

  test('a failed export in an embedded form focuses its error summary, whose links focus the fields', async ({ page }) => {
    // Ids inside a shadow root are invisible to document.getElementById: a lookup in the
    // document would leave focus on the button.
    await page.goto('/examples/embed.html');
    const veson = page.locator('#veson-form');
    // The Clarity form above it too: while it still draws, it pushes the Veson form down, and
    // a click aimed at the Veson form's button can land beside it.
    await expectMounted(page.locator('#clarity-form'));
    await expectMounted(veson);
    await veson.getByRole('button', { name: 'Create ticket' }).click();
    const summary = veson.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await summary.getByRole('link').first().click();
    await expect(veson.getByLabel('Source environment / database name')).toBeFocused();

    // Keyboard only, in the other form: the summary takes focus there, not in the first form.
    const clarity = page.locator('#clarity-form');
    await clarity.getByRole('button', { name: 'Create ticket' }).focus();
    await page.keyboard.press('Enter');
    await expect(clarity.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  });

  test('forms with a host-chosen policy name their vendor; a form without one offers the choice', async ({ page }) => {
    await page.goto(
      await hostPage(
        page,
        'choice',
        `<div data-refresh-request data-policy="veson-imos" id="fixed"></div>
          <div data-refresh-request id="free"></div>`,
      ),
    );
    const fixed = page.locator('#fixed');
    await expectMounted(fixed);
    await expect(fixed.getByText('Vendor: Veson IMOS Platform')).toBeVisible();
    await expect(fixed.getByRole('combobox', { name: 'Vendor' })).toHaveCount(0);

    const free = page.locator('#free');
    await expectMounted(free);
    const vendor = free.getByRole('combobox', { name: 'Vendor', exact: true });
    await vendor.selectOption('clarity-saas');
    await expect(free.getByLabel('Source environment URL')).toBeVisible();
  });

  test('two forms with the same policy keep separate drafts', async ({ page }) => {
    // Drafts keyed by policy alone would let the second form's typing overwrite the first's
    // saved draft, and both would come back with the same values.
    await page.goto(
      await hostPage(
        page,
        'twins',
        `<div data-refresh-request data-policy="veson-imos" id="one"></div>
          <div data-refresh-request data-policy="veson-imos" id="two"></div>`,
      ),
    );
    const field = (id) => page.locator(id).getByLabel('Source environment / database name');
    await expectMounted(page.locator('#one'));
    await expectMounted(page.locator('#two'));
    await field('#one').fill('ABCD_prod');
    await field('#two').fill('WXYZ_prod');
    await expect(field('#one')).toHaveValue('ABCD_prod');

    await page.reload();
    await expect(field('#one')).toHaveValue('ABCD_prod');
    await expect(field('#two')).toHaveValue('WXYZ_prod');
    await expect(page.locator('#one').getByText('We restored what you typed earlier on this device.')).toBeVisible();
  });
});

test.describe('embed.js in a portal that replaces its views (single-page help centers)', () => {
  const SOURCE = 'Source environment / database name';

  test('a form whose element leaves the page stops, and a new one in its place has the draft', async ({ page }) => {
    // A removed form that lived on, unseen, would hold its place in the count of forms of its
    // policy, so the new one would read another form's draft (none) and the typing seem lost.
    await page.addInitScript(() => {
      // The forms' `pagehide` listeners (one per form that is running).
      window.pagehideListeners = new Set();
      const add = window.addEventListener;
      const remove = window.removeEventListener;
      window.addEventListener = function (type, fn, ...rest) {
        if (this === window && type === 'pagehide') window.pagehideListeners.add(fn);
        return add.call(this, type, fn, ...rest);
      };
      window.removeEventListener = function (type, fn, ...rest) {
        if (this === window && type === 'pagehide') window.pagehideListeners.delete(fn);
        return remove.call(this, type, fn, ...rest);
      };
    });
    const running = () => page.evaluate(() => window.pagehideListeners.size);
    await page.goto(await hostPage(page, 'portal', '<main id="view"><div data-refresh-request data-policy="veson-imos" id="one"></div></main>'));
    await expectMounted(page.locator('#one'));
    expect(await running()).toBe(1);
    // Typed, and the view replaced before the save a pause would make: it is made as the form stops.
    await page.locator('#one').getByLabel(SOURCE).fill('ABCD_prod');
    await page.evaluate(() => document.getElementById('view').replaceChildren());
    await expect.poll(running).toBe(0);
    // The page hidden for a moment: the gone form says nothing.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await page.waitForTimeout(500);
    // And back: a new element for the same policy.
    await page.evaluate(() => {
      document.getElementById('view').innerHTML = '<div data-refresh-request data-policy="veson-imos" id="again"></div>';
    });
    const again = page.locator('#again');
    await expectMounted(again);
    expect(await running()).toBe(1);
    await expect(again.getByLabel(SOURCE)).toHaveValue('ABCD_prod');
    await expect(again.getByText('We restored what you typed earlier on this device.')).toBeVisible();
    // Its ids are its own: a failed export's summary links reach its fields.
    await again.getByRole('button', { name: 'Create ticket' }).click();
    await again.getByRole('alert').getByRole('link').first().click();
    await expect(again.getByLabel('Target environment / database name')).toBeFocused();
  });

  test('the same element put back (a cached view) shows its form again, with what was typed', async ({ page }) => {
    await page.goto(await hostPage(page, 'cached', '<main id="view"><div data-refresh-request data-policy="veson-imos" id="one"></div></main>'));
    await expectMounted(page.locator('#one'));
    await page.locator('#one').getByLabel(SOURCE).fill('ABCD_prod');
    await page.evaluate(() => {
      window.cached = document.getElementById('one');
      window.cached.remove();
    });
    await page.waitForTimeout(500);
    await page.evaluate(() => document.getElementById('view').append(window.cached));
    await expectMounted(page.locator('#one'));
    await expect(page.locator('#one').getByLabel(SOURCE)).toHaveValue('ABCD_prod');
    await expect(page.locator('#one').getByRole('heading', { name: 'Request a database refresh', exact: true })).toHaveCount(1);
  });
});

test.describe('embed.js where WebAssembly is not allowed', () => {
  // The browser reports the CSP violation and embed.js logs why it stopped: both expected.
  test.use({ allowConsoleErrors: [/WebAssembly|wasm|unsafe-eval|embed\.js could not start|Content Security Policy/i] });

  test('says why in each element instead of leaving it blank', async ({ page }) => {
    await page.route('**/examples/embed.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" },
      });
    });
    await page.goto('/examples/embed.html');
    for (const id of ['#clarity-form', '#veson-form']) {
      await expect(page.locator(id).getByRole('alert')).toContainText("This form could not start");
      await expect(page.locator(id).getByRole('alert')).toContainText("'wasm-unsafe-eval'");
    }
  });
});
