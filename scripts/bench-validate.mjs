// validate() per call in headless Chromium, for scripts/bench-browser.mjs, and on its own to
// compare builds:
//
//   node scripts/bench-validate.mjs --dist DIR [--dist OTHER ...] [--rounds N] [--calls N]
//
// Each --dist is served by tests/browser/server.mjs in a page of its own, in one browser, and
// the pages take turns: every round times each request in each build (the order alternating
// from round to round), so a busy moment on the machine hits every build alike and only
// figures of the same run are compared. `window.RefreshRequest.validate(request)` is called as
// a script calls it, with no options: English.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../tests/browser/server.mjs';

/** A request ready to send, with approvals and notes (5 findings). */
const READY = {
  policy: 'veson-imos', submitted_at: '2024-10-07T02:00Z', source: 'ABCD_prod', target: 'ABCD_test',
  windows: ['2024-10-09T02:00Z', '2024-10-10T00:30Z'], holiday_region: 'GB',
  preserve_users: 'yes', source_version: '1', target_version: '2',
};
/** One that breaks most rules at once: 17 findings, written with values (dates, windows, a holiday, versions). */
const MANY = {
  policy: 'veson-imos', submitted_at: '2024-12-24T02:00Z', source: 'ABCD_prod', target: 'abcd_prod',
  windows: ['2024-12-25T23:00Z', '2024-12-25T23:30Z'], holiday_region: 'GB', preserve_users: 'yes',
  source_version: '2024.10', target_version: 'x', refresh_type: 'point_in_time', restore_point: '2024-12-01T00:00Z',
};
/**
 * What is timed: `request`, the same in every call (as the form checks it again on each key,
 * most findings unchanged), or with `newWindows` its windows a minute later in each call of a
 * batch, so that every call writes the windows' messages anew (a request never checked before).
 */
export const REQUESTS = {
  ready: { request: READY },
  // The blank form: its policy chosen, nothing filled in.
  empty: { request: { policy: 'veson-imos' } },
  'many findings': { request: MANY },
  'many, new times': { request: MANY, newWindows: true },
};

/** The median (mean of the middle two when the count is even); null without samples. */
export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  if (!s.length) return null;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Installed in each page: `__benchValidateBatch(timed, n)`, the `n` requests of one batch, made
 * before the clock starts.
 */
function batchMaker() {
  const later = (at, minutes) => new Date(Date.parse(at) + minutes * 60_000).toISOString().slice(0, 16) + 'Z';
  window.__benchValidateBatch = (timed, n) =>
    Array.from({ length: n }, (_, i) =>
      timed.newWindows ? { ...timed.request, windows: timed.request.windows.map((w) => later(w, i)) } : timed.request,
    );
}

/**
 * Times validate() in each of `builds` (`[{ name, url }]`, each a page that installs
 * `window.RefreshRequest`). Each page first makes `warmup` calls per request (V8 runs wasm on
 * a baseline tier first and compiles hot functions in the background; on a busy machine 300
 * warm-up calls left the batches 2–3× slower than steady state). Then `rounds` rounds: in each,
 * every request in every build, a batch of `calls` calls. Resolves to
 * `{ [build]: { [request]: { perCall: [µs per call, one per round], findings, report } } }`,
 * `report` the English report's JSON text (to show that the builds answer alike).
 */
export async function validateTimes(browser, builds, { requests = REQUESTS, rounds = 9, calls = 1000, warmup = 3000 } = {}) {
  const pages = [];
  const out = {};
  try {
    for (const build of builds) {
      const context = await browser.newContext();
      await context.addInitScript(batchMaker);
      const page = await context.newPage();
      pages.push({ ...build, context, page });
      await page.goto(build.url);
      await page.waitForFunction(() => typeof window.RefreshRequest?.validate === 'function');
      out[build.name] = {};
      for (const [name, timed] of Object.entries(requests)) {
        const report = await page.evaluate(
          ([t, n]) => {
            const batch = window.__benchValidateBatch(t, n);
            for (const r of batch) window.RefreshRequest.validate(r);
            return JSON.stringify(window.RefreshRequest.validate(t.request));
          },
          [timed, warmup],
        );
        out[build.name][name] = { perCall: [], findings: JSON.parse(report).findings.length, report };
      }
    }
    for (let round = 0; round < rounds; round++) {
      for (const name of Object.keys(requests)) {
        const order = round % 2 ? [...pages].reverse() : pages;
        for (const p of order) {
          await p.page.bringToFront();
          const us = await p.page.evaluate(
            ([t, n]) => {
              const batch = window.__benchValidateBatch(t, n);
              const t0 = performance.now();
              for (const r of batch) window.RefreshRequest.validate(r);
              return ((performance.now() - t0) * 1000) / n;
            },
            [requests[name], calls],
          );
          out[p.name][name].perCall.push(us);
        }
      }
    }
  } finally {
    for (const p of pages) await p.context.close();
  }
  return out;
}

// --- on its own: compare builds ----------------------------------------------------------------

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: opts } = parseArgs({
    options: {
      dist: { type: 'string', multiple: true },
      rounds: { type: 'string', default: '9' },
      calls: { type: 'string', default: '1000' },
    },
  });
  if (!opts.dist?.length) throw new Error('give at least one --dist DIR');
  const { chromium } = await import('@playwright/test');
  const { chromiumArgs, chromiumPath } = await import('../tests/browser/playwright.config.mjs');
  const servers = [];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const builds = [];
    for (const dir of opts.dist) {
      const server = await startServer({ root: path.resolve(dir), port: 0, compress: true });
      servers.push(server);
      builds.push({ name: dir, url: `${server.url}/` });
    }
    const rounds = Number(opts.rounds);
    const calls = Number(opts.calls);
    const times = await validateTimes(browser, builds, { rounds, calls });
    console.log(`validate(request) in English, µs per call: median of ${rounds} rounds of ${calls} calls, the builds taking turns`);
    const first = builds[0].name;
    for (const name of Object.keys(REQUESTS)) {
      for (const { name: build } of builds) {
        const t = times[build][name];
        const m = median(t.perCall);
        // Each round's batch against the first build's batch of the same round (run next to it),
        // so that the machine's load, which moves from round to round, cancels out.
        const paired = t.perCall.map((x, i) => x / times[first][name].perCall[i]);
        const ratio = build === first ? '' : `  ${median(paired).toFixed(2)}× the first (median of the rounds' ratios)`;
        const same = build === first ? '' : t.report === times[first][name].report ? '  same report' : '  REPORT DIFFERS';
        console.log(
          `  ${name.padEnd(14)} ${build.padEnd(40)} ${m.toFixed(1).padStart(7)} µs  (min ${Math.min(...t.perCall).toFixed(1)}, ` +
            `max ${Math.max(...t.perCall).toFixed(1)}; ${t.findings} findings)${ratio}${same}`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}
