// The form in a help-center article: it lays itself out by the width of the column it is
// given, not by the window's, and `data-compact` leaves out the title and introduction the
// article already has.

import { test, expect } from './fixtures.mjs';

/** A help-center article page on a wide screen with the form in a column `width` px wide. */
async function article(page, width, attrs = '') {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.route('**/examples/article.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
        <style>body { margin: 0; font-family: system-ui, sans-serif } article { width: ${width}px; margin: 0 auto }</style></head>
        <body><main><article><h1>Request a database refresh</h1><p>Our rules for refreshes, checked as you type.</p>
        <div data-refresh-request data-policy="veson-imos" id="form" ${attrs}></div></article></main>
        <script src="../embed.js"></script></body></html>`,
    }),
  );
  await page.goto('/examples/article.html');
  const form = page.locator('#form');
  await expect(form.getByRole('grid')).toBeVisible();
  return form;
}

const box = (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON());

for (const width of [320, 480, 700, 1100]) {
  test(`in a ${width} px column: the checks' place, and the ticket box for 60-character lines`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-10-07T02:00:00Z'));
    const form = await article(page, width);
    await page.screenshot({ path: test.info().outputPath(`column-${width}.png`), fullPage: true });
    // Every day of the calendar shows what it says: no text cut or spilling out of its day, and
    // each open day its earliest start.
    const calendar = await form.getByRole('grid').evaluate((grid) => {
      const cells = [...grid.querySelectorAll('[role=gridcell]')];
      const cut = [...grid.querySelectorAll('[role=gridcell] *')]
        .filter((el) => el.clientWidth > 1 && el.children.length === 0 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent.trim());
      const open = cells.filter((c) => /available from/i.test(c.textContent));
      // The words on screen, not the screen reader's label (a 1 px clipped box).
      const shown = (c) => [...c.querySelectorAll('.rr-cal__why')].filter((el) => el.getBoundingClientRect().width > 1).map((el) => el.textContent).join(' ');
      const withTime = open.filter((c) => /\d\d:\d\d/.test(shown(c)));
      return { cut, open: open.length, withTime: withTime.length };
    });
    expect(calendar.cut).toEqual([]);
    expect(calendar.open).toBeGreaterThan(0);
    expect(calendar.withTime).toBe(calendar.open);
    const checks = await box(form.getByRole('region', { name: 'Checks' }));
    const main = await box(form.getByRole('button', { name: 'Create ticket' }));
    const toChecks = form.getByRole('link', { name: 'Go to the checks' });
    if (width < 992) {
      // One column: the checks under the form, and a link at the top that leads to them.
      expect(checks.top).toBeGreaterThanOrEqual(main.bottom);
      await toChecks.click();
      await expect(form.getByRole('heading', { name: 'Checks' })).toBeFocused();
      await expect(form.getByRole('heading', { name: 'Checks' })).toBeInViewport();
    } else {
      // Two columns: the checks beside the form, no link needed.
      expect(checks.left).toBeGreaterThanOrEqual(main.right);
      await expect(toChecks).toBeHidden();
    }

    // The ticket box holds a 60-character line without wrapping wherever the column can.
    await form.getByLabel('Source environment / database name').fill('ABCD_prod');
    await form.getByLabel('Target environment / database name').fill('ABCD_test');
    await form.getByLabel('Window 1 start').fill('2024-10-09 02:00');
    await form.getByLabel('Window 2 start').fill('2024-10-09 04:00');
    await form.getByLabel('Public holidays the support team observes').selectOption('GB');
    await form.getByRole('button', { name: 'Create ticket' }).click();
    const ticket = form.getByLabel('Ticket', { exact: true });
    const fits = await ticket.evaluate((t) => {
      const s = getComputedStyle(t);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = `${s.fontSize} ${s.fontFamily}`;
      const line = ctx.measureText('x'.repeat(60)).width;
      const room = t.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return { line, room };
    });
    if (width >= 700) expect(fits.room).toBeGreaterThanOrEqual(fits.line);
    // Never wider than the column.
    expect((await box(ticket)).right).toBeLessThanOrEqual((await box(form)).right + 0.5);
  });
}

test('data-compact: no title or introduction of its own; the sections take the title’s level', async ({ page }) => {
  const form = await article(page, 700, 'data-compact');
  await page.screenshot({ path: test.info().outputPath('compact.png'), fullPage: true });
  await expect(form.getByRole('heading', { name: 'Request a database refresh' })).toHaveCount(0);
  await expect(form.getByText(/Fill in the form: it checks your request/)).toHaveCount(0);
  // The article's h1 stands for the title: the sections are h2 (data-heading-level's default).
  await expect(form.getByRole('heading', { name: 'Environments', level: 2 })).toBeVisible();
  await expect(form.getByRole('heading', { name: 'Planning calendar', level: 3 })).toBeVisible();
  // The error summary sits at the sections' level, not above the page's outline.
  await form.getByRole('button', { name: 'Create ticket' }).click();
  await expect(form.getByRole('heading', { name: 'There is a problem', level: 2 })).toBeVisible();
});

test('without data-compact the form keeps its title and introduction', async ({ page }) => {
  const form = await article(page, 700);
  await expect(form.getByRole('heading', { name: 'Request a database refresh', level: 2 })).toBeVisible();
  await expect(form.getByText(/Fill in the form: it checks your request/)).toBeVisible();
  await expect(form.getByRole('heading', { name: 'Environments', level: 3 })).toBeVisible();
});
