// Load-to-interactive and keystroke-to-screen timing, measured inside headless Chromium.
// Used by scripts/bench-browser.mjs; prints nothing itself (it returns samples in ms).
//
// Every time is `performance.now()` read in the page: it counts from the navigation start of
// the document, so no clock is shared between Node and the browser, and Playwright's own
// round trips never count.

import fs from 'node:fs';

/**
 * What "interactive" means on each page: `selector` is in the DOM with some text, and `also`
 * is in the DOM too.
 * - The app: the status panel's verdict (`<p class="rr-verdict" role="status">` in
 *   src/app/status_panel.rs), whose text is the headline of the first validation, and the form
 *   beside it. Both are rendered by the same mount, so when the verdict has text the form is
 *   there and checked.
 * - The minimal page (benches/minimal-leptos): its computed `<output class="min-result">`
 *   and its form.
 */
export const SIGNALS = {
  app: { selector: '.rr-verdict', also: 'form' },
  minimal: { selector: '.min-result', also: 'form' },
};

/**
 * Installed with addInitScript, so it runs before any of the page's own scripts. A
 * MutationObserver notes `performance.now()` the first time the signal is in the DOM (its
 * callback runs right after the mutation, before the browser renders), then the end of the
 * first frame after that (requestAnimationFrame runs just before the frame is rendered; a
 * message posted from there is handled once the frame's main-thread work is done).
 */
function loadProbe(signal) {
  const seen = (window.__benchLoad = { interactive: null, frame: null });
  let done;
  window.__benchLoadDone = new Promise((resolve) => (done = resolve));
  const observer = new MutationObserver(() => {
    const el = document.querySelector(signal.selector);
    if (!el || !el.textContent.trim() || !document.querySelector(signal.also)) return;
    seen.interactive = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        seen.frame = performance.now();
        done(seen);
      };
      channel.port2.postMessage(null);
    });
  });
  // `document` itself: the probe runs before <html> exists.
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Waits for loadProbe's signal on `page`: resolves to what it saw (`{ interactive, frame }`),
 * or fails after `timeoutMs` naming the selector that never got text.
 */
function interactive(page, signal, timeoutMs) {
  return page.evaluate(
    ([ms, selector]) =>
      Promise.race([
        window.__benchLoadDone,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no ${selector} with text within ${ms} ms`)), ms),
        ),
      ]),
    [timeoutMs, signal.selector],
  );
}

/**
 * One fresh load of `url` in a new browser context (empty cache, no service worker, no
 * storage: a first visit; the test server also sends `Cache-Control: no-store`). Returns
 * `{ interactive, frame, wasm }`: ms from navigation start to the signal in the DOM, to the
 * end of the first frame showing it, and to the wasm's last byte (where the rest went on
 * compiling and running it).
 */
export async function loadOnce(browser, url, signal, timeoutMs = 30_000) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(loadProbe, signal);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const seen = await interactive(page, signal, timeoutMs);
    const wasm = await page.evaluate(
      () => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
    );
    return { ...seen, wasm };
  } finally {
    await context.close();
  }
}

/**
 * `loads` fresh loads of each page, alternating between them so that a busy moment on the
 * machine (2 cores, maybe a build running) hits both pages alike and the ratio stays fair.
 * One discarded load of each first: the browser's own first-use costs are nobody's figure.
 */
export async function loadToInteractive(browser, pages, loads) {
  const samples = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (const p of pages) await loadOnce(browser, p.url, p.signal);
  for (let i = 0; i < loads; i++) {
    for (const p of pages) samples[p.name].push(await loadOnce(browser, p.url, p.signal));
  }
  return samples;
}

/**
 * Installed with addInitScript. For each keystroke, from its `keydown` to the end of the
 * first frame rendered after the page has handled the `input` it caused:
 * - keydown (capture on window, the first listener of all): the start;
 * - input, capture on window (before any of the page's listeners): the page starts handling;
 * - input, bubbling on window: after the page's own listener and the microtasks it queued,
 *   where Leptos runs the effects that update the DOM. The standalone page delegates events
 *   (Cargo feature `delegation`): its one `input` listener sits on window too, added when the
 *   form mounts. Window listeners run in the order they were added, so this one is added at
 *   the first keydown, after the app's;
 * - then the frame: requestAnimationFrame, and a message handled once that frame's
 *   main-thread work (style, layout, paint) is done.
 * The Event Timing API would do the same, but only reports events of 16 ms and more.
 */
function keyProbe() {
  const keys = (window.__benchKeys = { samples: [], wake: null });
  let current = null;
  let handledProbe = null;
  addEventListener('keydown', () => {
    current = { keydown: performance.now() };
    if (!handledProbe) addEventListener('input', (handledProbe = handled));
  }, true);
  addEventListener('input', () => { if (current) current.input = performance.now(); }, true);
  function handled() {
    const sample = current;
    if (!sample) return;
    current = null;
    sample.handled = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        sample.frame = performance.now();
        keys.samples.push(sample);
        keys.wake?.();
      };
      channel.port2.postMessage(null);
    });
  }
}

/**
 * Loads `url`, focuses the field labelled `label` and types `text` into it, one key at a
 * time, each only after the previous one's frame (a fast typist's keys still arrive tens of
 * ms apart). With `prefill`, the field labelled `prefillLabel` (by default the same one) first
 * holds that text (pasted in one go, then a second to settle), and the keys go at the end of
 * the typed field. Returns one sample per key: `{ toScreen, handler }`
 * in ms, keydown → end of the next frame, and the page's own input handling (listener +
 * effects).
 */
export async function keystrokes(browser, { url, signal, label, text, prefill = '', prefillLabel = label }) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(keyProbe);
    await context.addInitScript(loadProbe, signal);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await interactive(page, signal, 30_000);
    const field = page.getByLabel(label);
    if (prefill) {
      // `fill` sends no keydown, so the paste itself is not a sample.
      await page.getByLabel(prefillLabel).fill(prefill);
      await field.focus();
      await field.press('End');
      await page.waitForTimeout(1_000);
      await page.evaluate(() => { window.__benchKeys.samples.length = 0; });
    }
    await field.focus();
    for (let i = 0; i < text.length; i++) {
      const recorded = page.evaluate(
        (n) =>
          new Promise((resolve) => {
            const check = () => (window.__benchKeys.samples.length >= n ? resolve() : null);
            window.__benchKeys.wake = check;
            check();
            setTimeout(resolve, 2_000); // a key that caused no input is left out, not waited for
          }),
        i + 1,
      );
      await page.keyboard.press(text[i]);
      await recorded;
    }
    const typed = await field.inputValue();
    if (!typed.endsWith(text)) throw new Error(`typed ${JSON.stringify(text)} but the field has ${JSON.stringify(typed)}`);
    const samples = await page.evaluate(() => window.__benchKeys.samples);
    return samples.map((s) => ({ toScreen: s.frame - s.keydown, handler: s.handled - s.input }));
  } finally {
    await context.close();
  }
}

/**
 * Main-thread blocking while `url` loads with the CPU 4× slower (Lighthouse's mobile
 * slowdown), in a fresh context: every long task (the browser's `longtask` entries, 50 ms and
 * more) from navigation start until `settleMs` after the signal, then `{ longest, blocking }`
 * in ms, where `blocking` sums each task's time over 50 ms (Total Blocking Time's rule, without
 * Lighthouse's simulated network). Tasks run before the first paint count too.
 */
export async function blockingOnce(browser, url, signal, settleMs = 1_000, timeoutMs = 30_000) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => {
      const tasks = (window.__benchTasks = []);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await context.addInitScript(loadProbe, signal);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    await interactive(page, signal, timeoutMs);
    await page.waitForTimeout(settleMs);
    const tasks = await page.evaluate(() => window.__benchTasks);
    return {
      longest: Math.max(0, ...tasks),
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * How many wasm functions V8 compiles on their first call while `url` loads, on the main
 * thread: a Chromium trace (`disabled-by-default-v8.wasm.detailed`) of one
 * fresh load, counting `wasm.CompileLazy` events of the page's main thread from navigation
 * until `settleMs` after the signal. The count is the same on every run of the same build (the
 * start-up calls the same functions), so it compares two builds where timings on a busy
 * machine cannot: each distinct function called at start costs ~0.1 ms at a 4× slower CPU
 * (docs/performance.md "Start-up"). Returns `{ count, bytes }`: the functions and their code
 * bytes (not the time: tracing slows the compiling it records). `tracePath` is a scratch file.
 */
export async function lazyCompiles(browser, url, signal, tracePath, settleMs = 1_000, timeoutMs = 30_000) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(loadProbe, signal);
    const page = await context.newPage();
    await browser.startTracing(page, { path: tracePath, categories: ['disabled-by-default-v8.wasm.detailed'] });
    await page.goto(url, { waitUntil: 'commit' });
    await interactive(page, signal, timeoutMs);
    await page.waitForTimeout(settleMs);
    const json = JSON.parse((await browser.stopTracing()).toString('utf8'));
    fs.rmSync(tracePath, { force: true });
    const events = json.traceEvents ?? json;
    // The page's main thread: of the threads named CrRendererMain, the one with the most
    // lazy compiles (the trace may hold another renderer's too, e.g. the blank page before).
    const mains = new Set(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const perThread = new Map();
    for (const e of events) {
      const key = `${e.pid}:${e.tid}`;
      if (!mains.has(key)) continue;
      const t = perThread.get(key) ?? { count: 0, bytes: 0 };
      if (e.name === 'wasm.CompileLazy') {
        t.count += 1;
      } else if (e.name === 'wasm.CompileBaseline') {
        t.bytes += e.args?.bodySize ?? 0;
      } else {
        continue;
      }
      perThread.set(key, t);
    }
    return [...perThread.values()].sort((a, b) => b.count - a.count)[0] ?? { count: 0, bytes: 0 };
  } finally {
    await context.close();
  }
}
