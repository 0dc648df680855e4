// An embedded form fits its host page: the host's theme (--refresh-request-* custom
// properties, data-theme), its events (refresh-request:change, refresh-request:ticket), and
// headings and landmarks that sit in the host page's outline (data-heading-level).

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';

/** Serves a host page written on the fly at /examples/<name>.html: `head` (styles), `body`, then embed.js. */
async function hostPage(page, name, body, head = '') {
  await page.route(`**/examples/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
        <link rel="icon" href="data:,">${head}</head><body>${body}
        <script src="../embed.js"></script></body></html>`,
    }),
  );
  await page.goto(`/examples/${name}.html`);
}

/** Fills a veson-imos form with a request that is ready at 2024-10-07T02:00Z. */
async function fillReady(form) {
  await form.getByLabel('Source environment / database name').fill('ABCD_prod');
  await form.getByLabel('Target environment / database name').fill('ABCD_test');
  await form.getByLabel('Window 1 start').fill('2024-10-09 02:00');
  await form.getByLabel('Window 2 start').fill('2024-10-09 04:00');
  await form.getByLabel('Public holidays the support team observes').selectOption('GB');
}

/** Waits until the form in `host` is drawn, its last part (the planning calendar) included. */
async function mounted(host) {
  await expect(host.getByRole('heading', { name: 'Request a database refresh', exact: true })).toBeVisible();
  await expect(host.getByRole('grid')).toBeVisible();
}

/** Computed styles of elements inside the shadow root of `#id`: `{name: [selector, [properties]]}`. */
function styles(page, id, wanted) {
  return page.evaluate(
    ([id, wanted]) => {
      const root = document.getElementById(id).shadowRoot;
      const out = {};
      for (const [name, [selector, props]] of Object.entries(wanted)) {
        const el = root.querySelector(selector);
        if (!el) throw new Error(`no ${selector} in #${id}`);
        const s = getComputedStyle(el);
        out[name] = Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
      }
      return out;
    },
    [id, wanted],
  );
}

/** WCAG 2 contrast ratio of two CSS colours, as the browser paints them (any colour syntax). */
function contrast(page, a, b) {
  return page.evaluate(([a, b]) => {
    const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d');
    const rgb = (c) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const lum = (c) => {
      const [r, g, bl] = rgb(c).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }, [a, b]);
}

const LOOK = {
  button: ['.rr-button--primary', ['background-color', 'color', 'border-top-left-radius']],
  input: ['.rr-input', ['border-top-left-radius', 'font-family']],
  app: ['.rr-app', ['background-color', 'color', 'font-family', 'padding-left']],
  field: ['.rr-field', ['margin-bottom']],
  section: ['.rr-section', ['margin-bottom']],
};

/** Types into a form and clears it: the notice that offers Undo has a link-styled Dismiss button. */
async function showLink(form) {
  await form.getByLabel('Source environment / database name').fill('x');
  await form.getByRole('button', { name: 'Clear the form' }).click();
  await expect(form.getByRole('button', { name: 'Dismiss this message' })).toBeVisible();
}
const LINK = { link: ['.rr-button--link', ['color']] };

test.describe('theming', () => {
  test('--refresh-request-* on the element restyle its form, and only its form', async ({ page }) => {
    await hostPage(
      page,
      'theme',
      `<p id="host-text">The host's text.</p>
        <div data-refresh-request data-policy="veson-imos" id="themed"></div>
        <div data-refresh-request data-policy="veson-imos" id="plain"></div>`,
      `<style>
        body { color: rgb(40, 40, 40); }
        #themed {
          --refresh-request-accent: rgb(91, 42, 134); --refresh-request-text: rgb(30, 20, 40);
          --refresh-request-background: rgb(250, 245, 255); --refresh-request-font: Georgia, serif;
          --refresh-request-radius: 7px; --refresh-request-spacing: 36px;
        }
      </style>`,
    );
    await mounted(page.locator('#themed'));
    await mounted(page.locator('#plain'));
    await showLink(page.locator('#themed'));
    await showLink(page.locator('#plain'));
    const themed = await styles(page, 'themed', { ...LOOK, ...LINK });
    const plain = await styles(page, 'plain', { ...LOOK, ...LINK });

    // The second form, which sets nothing, looks as an embedded form always has.
    expect(plain).toEqual({
      button: { 'background-color': 'rgb(0, 112, 60)', color: 'rgb(255, 255, 255)', 'border-top-left-radius': '0px' },
      input: { 'border-top-left-radius': '0px', 'font-family': expect.stringMatching(/^system-ui/) },
      app: { 'background-color': 'rgb(255, 255, 255)', color: 'rgb(11, 12, 12)', 'font-family': expect.stringMatching(/^system-ui/), 'padding-left': '16px' },
      field: { 'margin-bottom': '24px' },
      section: { 'margin-bottom': '32px' },
      link: { color: 'rgb(29, 112, 184)' },
    });
    // The themed one: the accent on the main button and links, its colours, font and radius.
    expect(themed.button['background-color']).toBe('rgb(91, 42, 134)');
    expect(themed.link.color).toBe('rgb(91, 42, 134)');
    expect(themed.app).toMatchObject({ 'background-color': 'rgb(250, 245, 255)', color: 'rgb(30, 20, 40)', 'font-family': 'Georgia, serif' });
    expect(themed.input).toEqual({ 'border-top-left-radius': '7px', 'font-family': 'Georgia, serif' });
    expect(themed.button['border-top-left-radius']).toBe('7px');
    // The gap between fields is the spacing; every other gap keeps its proportion to it (36/24).
    expect(themed.field['margin-bottom']).toBe('36px');
    expect(themed.section['margin-bottom']).toBe('48px');
    expect(themed.app['padding-left']).toBe('24px');

    // Focus rings take the accent.
    await page.locator('#themed').getByLabel('Source environment / database name').focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.getElementById('themed').shadowRoot.activeElement;
      return getComputedStyle(el).outlineColor;
    });
    expect(ring).toBe('rgb(91, 42, 134)');

    // The host's own text is untouched.
    await expect(page.locator('#host-text')).toHaveCSS('color', 'rgb(40, 40, 40)');
  });

  test("isolation both ways: the host's other custom properties stay out, the form's stay in", async ({ page }) => {
    // The form's own variable names, set on the host element by a page that happens to use them.
    await hostPage(
      page,
      'isolation',
      `<div data-refresh-request data-policy="veson-imos" id="form"></div>
        <p id="probe">probe</p>`,
      `<style>
        #form { --rr-button: red; --rr-bg: red; --rr-text: red; --rr-link: red; --rr-space: 99px;
                --rr-rem: 3px; --rr-accent-text: red; --rr-focus: red; font-family: cursive; color: red; }
        #probe { color: var(--rr-button, rgb(1, 2, 3)); background-color: var(--rr-accent-text, rgb(4, 5, 6));
                 margin-top: var(--rr-space, 7px); }
      </style>`,
    );
    await mounted(page.locator('#form'));
    await showLink(page.locator('#form'));
    const look = await styles(page, 'form', { ...LOOK, ...LINK });
    expect(look).toMatchObject({
      button: { 'background-color': 'rgb(0, 112, 60)', color: 'rgb(255, 255, 255)' },
      app: { 'background-color': 'rgb(255, 255, 255)', color: 'rgb(11, 12, 12)', 'font-family': expect.stringMatching(/^system-ui/) },
      field: { 'margin-bottom': '24px' },
      link: { color: 'rgb(29, 112, 184)' },
    });
    // Nothing of the form's reaches the host page.
    await expect(page.locator('#probe')).toHaveCSS('color', 'rgb(1, 2, 3)');
    await expect(page.locator('#probe')).toHaveCSS('background-color', 'rgb(4, 5, 6)');
    await expect(page.locator('#probe')).toHaveCSS('margin-top', '7px');
  });

  test('the button text stays readable (WCAG AA) on any accent: black or white, whichever contrasts more', async ({ page }) => {
    const accents = ['#ffdd00', '#ffffff', '#767676', '#777777', '#5b2a86', '#00703c', '#1f73b7', '#ff6b6b', '#40e0d0', '#000000', 'hsl(200 100% 45%)', 'oklch(0.7 0.2 30)'];
    await hostPage(
      page,
      'contrast',
      accents.map((a, i) => `<div data-refresh-request data-policy="clarity-saas" id="f${i}" style="--refresh-request-accent: ${a}"></div>`).join(''),
    );
    for (let i = 0; i < accents.length; i++) {
      const form = page.locator(`#f${i}`);
      await expect(form.getByRole('button', { name: 'Create ticket' })).toBeVisible();
      const { button } = await styles(page, `f${i}`, { button: ['.rr-button--primary', ['background-color', 'color']] });
      // The button is the accent…
      expect(await contrast(page, accents[i], button['background-color']), `${accents[i]} is the button`).toBeCloseTo(1, 2);
      // …and its text readable on it.
      const ratio = await contrast(page, button.color, button['background-color']);
      expect(ratio, `${accents[i]}: ${button.color} on ${button['background-color']}`).toBeGreaterThanOrEqual(4.5);
      // The focused button (the accent behind its text) is as readable.
      await form.getByRole('button', { name: 'Create ticket' }).focus();
      const focused = await page.evaluate((id) => {
        const s = getComputedStyle(document.getElementById(id).shadowRoot.activeElement);
        return [s.color, s.backgroundColor];
      }, `f${i}`);
      expect(await contrast(page, ...focused), `${accents[i]} focused: ${focused}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  for (const [scheme, attribute, expected] of [
    ['dark', 'light', 'rgb(255, 255, 255)'],
    ['light', 'dark', 'rgb(18, 20, 22)'],
    ['dark', 'auto', 'rgb(18, 20, 22)'],
    ['light', null, 'rgb(255, 255, 255)'],
  ]) {
    test(`data-theme=${attribute}, reader's setting ${scheme}: the form is ${expected}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, colorScheme: scheme });
      const page = await context.newPage();
      await hostPage(
        page,
        'scheme',
        `<div data-refresh-request data-policy="veson-imos" id="form" ${attribute ? `data-theme="${attribute}"` : ''}></div>`,
      );
      await mounted(page.locator('#form'));
      const { app, root } = await styles(page, 'form', {
        app: ['.rr-app', ['background-color', 'color-scheme']],
        root: ['.rr-embed-root', ['background-color']],
      });
      expect(app['background-color']).toBe(expected);
      expect(root['background-color']).toBe(expected);
      expect(app['color-scheme']).toBe(expected === 'rgb(255, 255, 255)' ? 'light' : 'dark');
      await context.close();
    });
  }
});

test.describe('events', () => {
  test.beforeEach(async ({ page }) => {
    // The form checks against the browser's clock: a fixed "now" keeps the request ready.
    await page.clock.setFixedTime(new Date('2024-10-07T02:00:00Z'));
  });

  test('refresh-request:change on each edit, never on mount; refresh-request:ticket on Create ticket', async ({ page }) => {
    await page.addInitScript(() => {
      window.heard = [];
      for (const type of ['refresh-request:change', 'refresh-request:ticket']) {
        document.addEventListener(type, (e) =>
          window.heard.push({ type, target: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: e.detail }),
        );
      }
    });
    await hostPage(page, 'events', '<div data-refresh-request data-policy="veson-imos" id="form"></div>');
    const form = page.locator('#form');
    await mounted(form);
    const heard = () => page.evaluate(() => window.heard);
    // Drawn, with a moment for anything late: no event yet.
    await page.waitForTimeout(300);
    expect(await heard()).toEqual([]);

    await form.getByLabel('Source environment / database name').fill('ABCD_prod');
    await expect.poll(async () => (await heard()).length).toBe(1);
    const [change] = await heard();
    expect(change).toMatchObject({ type: 'refresh-request:change', target: 'form', bubbles: true, composed: true });
    // The detail is the report (the shape RefreshRequest.validate gives) of the form as it is now.
    const shape = await page.evaluate(() => Object.keys(window.RefreshRequest.validate({ policy: 'veson-imos' })).sort());
    expect(Object.keys(change.detail).sort()).toEqual(shape);
    expect(change.detail.ready).toBe(false);
    const on = (field) => change.detail.findings.filter((f) => f.field === field).map((f) => f.rule);
    expect(on('source')).toEqual([]);
    expect(on('target')).toEqual(['field.required']);

    // One event per edit.
    await form.getByLabel('Target environment / database name').fill('ABCD_test');
    await form.getByLabel('Window 1 start').fill('2024-10-09 02:00');
    await form.getByLabel('Window 2 start').fill('2024-10-09 04:00');
    await form.getByLabel('Public holidays the support team observes').selectOption('GB');
    await expect.poll(async () => (await heard()).length).toBe(5);
    const last = (await heard()).at(-1);
    expect(last.detail.ready).toBe(true);

    await form.getByRole('button', { name: 'Create ticket' }).click();
    await expect.poll(async () => (await heard()).length).toBe(6);
    const ticket = (await heard()).at(-1);
    expect(ticket).toMatchObject({ type: 'refresh-request:ticket', target: 'form', bubbles: true, composed: true });
    expect(Object.keys(ticket.detail).sort()).toEqual(['body', 'request', 'subject']);
    expect(ticket.detail.subject).toBe('Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC');
    expect(ticket.detail.request).toMatchObject({ policy: 'veson-imos', source: 'ABCD_prod', target: 'ABCD_test', holiday_region: 'GB' });
    // The bodies are the form's own ticket, in each format.
    const request = ticket.detail.request;
    const made = await page.evaluate((r) => ['text', 'markdown', 'json'].map((f) => window.RefreshRequest.ticket(r, f)), request);
    expect(ticket.detail.body).toEqual({ text: made[0], markdown: made[1], json: made[2] });
    await expect(form.getByLabel('Ticket', { exact: true })).toHaveValue(ticket.detail.body.text);
  });

  test('the example page fills the help center’s own request form from the ticket', async ({ page }) => {
    await page.goto('/examples/ticket-form.html');
    const form = page.locator('#refresh-form');
    await mounted(form);
    const subject = page.getByRole('textbox', { name: 'Subject', exact: true });
    const description = page.getByRole('textbox', { name: 'Description', exact: true });
    await expect(subject).toHaveValue('');

    await form.getByLabel('Source environment / database name').fill('ABCD_prod');
    await expect(page.locator('#refresh-request-status')).toHaveText(/^Not ready yet: \d+ problems? to fix\.$/);
    await form.getByLabel('Target environment / database name').fill('ABCD_test');
    await form.getByLabel('Window 1 start').fill('2024-10-09 02:00');
    await form.getByLabel('Window 2 start').fill('2024-10-09 04:00');
    await form.getByLabel('Public holidays the support team observes').selectOption('GB');
    await expect(page.locator('#refresh-request-status')).toHaveText('Ready: press “Create ticket” to fill in the request below.');
    await form.getByRole('button', { name: 'Create ticket' }).click();

    await expect(subject).toHaveValue('Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC');
    await expect(description).toHaveValue(await form.getByLabel('Ticket', { exact: true }).inputValue());
    await expect(description).toHaveValue(/^Database refresh request — Veson IMOS Platform\n/);
  });

  test('after “Create ticket”, each change reaches the host’s fields: the new ticket, or empty fields when it is withdrawn', async ({ page }) => {
    await page.goto('/examples/ticket-form.html');
    const form = page.locator('#refresh-form');
    await mounted(form);
    const subject = page.getByRole('textbox', { name: 'Subject', exact: true });
    const description = page.getByRole('textbox', { name: 'Description', exact: true });
    const ticket = form.getByLabel('Ticket', { exact: true });
    await fillReady(form);
    await form.getByRole('button', { name: 'Create ticket' }).click();
    await expect(subject).toHaveValue('Database refresh: ABCD_prod → ABCD_test, Wed 9 Oct 2024 02:00 UTC');

    // Another target: the host's fields follow the form's own ticket.
    await form.getByLabel('Target environment / database name').fill('ABCD_uat');
    await expect(subject).toHaveValue('Database refresh: ABCD_prod → ABCD_uat, Wed 9 Oct 2024 02:00 UTC');
    await expect(description).toHaveValue(await ticket.inputValue());
    // Another window, likewise.
    await form.getByLabel('Window 1 start').fill('2024-10-10 02:00');
    await form.getByLabel('Window 2 start').fill('2024-10-10 04:00');
    await expect(subject).toHaveValue('Database refresh: ABCD_prod → ABCD_uat, Thu 10 Oct 2024 02:00 UTC');
    await expect(description).toHaveValue(await ticket.inputValue());

    // No longer ready: the old ticket leaves the host's fields, so it cannot be submitted.
    await form.getByLabel('Target environment / database name').fill('');
    await expect(subject).toHaveValue('');
    await expect(description).toHaveValue('');
    // Fixed again: the ticket comes back, to the form and to the host.
    await form.getByLabel('Target environment / database name').fill('ABCD_test');
    await expect(subject).toHaveValue('Database refresh: ABCD_prod → ABCD_test, Thu 10 Oct 2024 02:00 UTC');
    await expect(description).toHaveValue(await ticket.inputValue());

    // “Clear the form”: no ticket at all.
    await form.getByRole('button', { name: 'Clear the form' }).click();
    await expect(subject).toHaveValue('');
    await expect(description).toHaveValue('');
  });
});

test.describe('headings and landmarks', () => {
  /** Every heading of the page, shadow roots included, in order: "h2 Title". */
  const outline = (page) =>
    page.evaluate(() => {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (/^H[1-6]$/.test(el.tagName)) out.push(`${el.tagName.toLowerCase()} ${el.textContent.trim()}`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out;
    });

  test('the title is an h2 by default, data-heading-level moves it and the levels below follow', async ({ page }) => {
    await hostPage(
      page,
      'headings',
      `<h1>Help center</h1>
        <div data-refresh-request data-policy="veson-imos" id="default"></div>
        <h2>Deeper</h2><h3>Deeper still</h3>
        <div data-refresh-request data-policy="veson-imos" data-heading-level="4" id="four"></div>
        <div data-refresh-request data-policy="veson-imos" data-heading-level="6" id="six"></div>`,
    );
    for (const id of ['#default', '#four', '#six']) await mounted(page.locator(id));
    const headings = await outline(page);
    const of = (id) => page.locator(id).evaluate((el) => [...el.shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => `${h.tagName.toLowerCase()} ${h.textContent.trim()}`));
    const expectLevels = (list, title, section, sub) => {
      expect(list[0]).toBe(`${title} Request a database refresh`);
      // The first section's title, then the rest of the outline one and two levels down.
      expect(list[1]).toMatch(new RegExp(`^${section} `));
      expect(list).toEqual(expect.arrayContaining([`${sub} Planning calendar`, `${sub} Good to know`]));
      // (A second form's region headings name it for screen readers: "Checks, form 2".)
      expect(list.some((h) => new RegExp(`^${section} Checks(, form \\d+)?$`).test(h))).toBe(true);
      expect(list.every((h) => [title, section, sub].includes(h.slice(0, 2)))).toBe(true);
    };
    expectLevels(await of('#default'), 'h2', 'h3', 'h4');
    expectLevels(await of('#four'), 'h4', 'h5', 'h6');
    // Capped at h6: a form at level 6 has only h6 headings.
    const six = await of('#six');
    expect(six.every((h) => h.startsWith('h6 '))).toBe(true);
    // The page has one h1, its own.
    expect(headings.filter((h) => h.startsWith('h1 '))).toEqual(['h1 Help center']);
  });

  test('the standalone page keeps its h1 and h2 sections', async ({ page }) => {
    await page.goto('/?policy=veson-imos');
    await expect(page.getByRole('heading', { level: 1, name: 'Request a database refresh' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Checks' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Planning calendar' })).toBeVisible();
    await expect(page.getByRole('main')).toHaveCount(1);
  });

  test('embedded forms add no main or banner landmark, and two forms have distinct landmark names', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-10-07T02:00:00Z'));
    await hostPage(
      page,
      'landmarks',
      `<div data-refresh-request data-policy="veson-imos" id="one"></div>
        <div data-refresh-request data-policy="veson-imos" id="two"></div>`,
    );
    await mounted(page.locator('#one'));
    await mounted(page.locator('#two'));
    // This host page has no landmarks of its own: the forms add none of these.
    await expect(page.getByRole('main')).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    // Planning mode and a created ticket bring the form's other regions out.
    for (const id of ['#one', '#two']) {
      const form = page.locator(id);
      await form.getByRole('button', { name: 'What if I raise it on another date?' }).click();
      await form.getByRole('button', { name: 'Create ticket' }).click();
    }
    const names = await page.getByRole('region').evaluateAll((regions) =>
      regions.map((r) => r.getAttribute('aria-label') ?? r.querySelector('h1,h2,h3,h4,h5,h6')?.textContent.trim()),
    );
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(new Set(names).size, names.join(' | ')).toBe(names.length);
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations on a help-center page with two themed forms (${colorScheme})`, async ({ guardedPage }) => {
      const page = await guardedPage({ colorScheme, viewport: { width: 1280, height: 900 } });
      await page.clock.setFixedTime(new Date('2024-10-07T02:00:00Z'));
      await page.goto('/examples/themed.html');
      await mounted(page.locator('#brand-form'));
      await mounted(page.locator('#dark-form'));
      // With the regions that come and go: planning mode, an error summary, a ticket.
      await page.locator('#brand-form').getByRole('button', { name: 'Create ticket' }).click();
      await expect(page.locator('#brand-form').getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
      expect(summary, summary.join('\n')).toEqual([]);
    });
  }
});

test.describe('layout by the width the form is given', () => {
  test('in a 700 px column on a 1280 px screen the checks come under the form, as in a narrow window', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await hostPage(page, 'column', `<article style="width: 700px"><div data-refresh-request data-policy="veson-imos" id="form"></div></article>`);
    const form = page.locator('#form');
    await mounted(form);
    const box = async (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON());
    const create = await box(form.getByRole('button', { name: 'Create ticket' }));
    const checks = await box(form.getByRole('region', { name: 'Checks' }));
    expect(checks.top).toBeGreaterThanOrEqual(create.bottom);
  });

  test('the playground’s preview column at 1200 px: one column, whole day names, no cut calendar cells', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('/playground.html');
    const form = page.locator('#pg-form [data-refresh-request]');
    await mounted(form);
    const cut = await form.getByRole('grid').evaluate((table) =>
      [...table.querySelectorAll('th, td, th *, td *')]
        // (Words for screen readers only are 1 px boxes, clipped on purpose.)
        .filter((el) => el.clientWidth > 1 && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
        .filter((el) => getComputedStyle(el).overflow !== 'visible' || el.tagName === 'TH')
        .map((el) => `${el.tagName} ${el.textContent.trim()}`),
    );
    expect(cut).toEqual([]);
    const days = await form.getByRole('columnheader').evaluateAll((ths) => ths.map((th) => th.getClientRects().length && th.innerText.split('\n').length));
    expect(days.every((lines) => lines === 1)).toBe(true);
  });
});
