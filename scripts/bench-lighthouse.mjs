// Lighthouse (npm `lighthouse`, pinned in package.json) against a served dist/, for
// scripts/bench-browser.mjs. Prints nothing itself: returns the scores, or why it could not run.
//
// - Lighthouse's default configuration is its mobile preset (a mid-range phone's screen, a
//   simulated slow 4G network and a 4x slower CPU), so no --preset is given. Its timings (FCP,
//   LCP, TBT) are simulated from one unthrottled load, which is why one run can differ from the
//   next: each run is a fresh Chrome, and the median run (by performance score) is reported.
// - It starts its own Chrome: the system Chromium (CHROME_PATH) with the browser tests' flags
//   (tests/browser/playwright.config.mjs): background networking, component updates and sync
//   off, since this machine's network is closed.
// - The CLI runs as a child process, not `execFileSync`: the static server answering
//   Lighthouse's Chrome lives in this process, so the event loop must stay free.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from '../tests/browser/playwright.config.mjs';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** One Lighthouse run: resolves to its JSON report (LHR), rejects with the reason it failed. */
function runOnce(url, timeoutMs) {
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${chromiumArgs.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromiumPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    // SIGINT, not SIGKILL: Lighthouse then closes the Chrome it started.
    const timer = setTimeout(() => child.kill('SIGINT'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      const tail = err.trim().split('\n').slice(-6).join('\n');
      if (code !== 0) {
        const why = sig || code === 130 ? `stopped after ${timeoutMs / 1000} s` : `exit status ${code}`;
        reject(new Error(`lighthouse ${why}${tail ? `:\n${tail}` : ''}`));
        return;
      }
      let lhr;
      try {
        lhr = JSON.parse(out);
      } catch {
        reject(new Error(`lighthouse printed no JSON report${tail ? `:\n${tail}` : ''}`));
        return;
      }
      // A page Lighthouse could not load still gives a report, with runtimeError set.
      if (lhr.runtimeError) reject(new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`));
      else resolve(lhr);
    });
  });
}

/** The figures scripts/bench prints, from one report. */
function figures(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const ms = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    si: ms('speed-index'),
    // Which element the LCP was: the shell's introduction (painted at once) or something the app
    // drew later.
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    tbt: ms('total-blocking-time'),
    tti: ms('interactive'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    throttling: lhr.configSettings?.throttlingMethod,
    // What costs the scores points, for the reader to look at next.
    failing: Object.values(lhr.categories).flatMap((c) =>
      c.auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score != null && lhr.audits[r.id].score < 0.9)
        .map((r) => `${c.id}: ${lhr.audits[r.id].title} (${lhr.audits[r.id].displayValue ?? `score ${lhr.audits[r.id].score}`})`),
    ),
  };
}

/**
 * `runs` Lighthouse runs against `url`. Resolves to `{ median, scores }` (the run with the
 * median performance score, and every run's performance score), or `{ error }` saying why it
 * could not run; never rejects.
 */
export async function lighthouse(url, { runs = 3, timeoutMs = 180_000 } = {}) {
  if (!fs.existsSync(cli)) return { error: `${path.relative(root, cli)} is missing: run scripts/setup (npm ci)` };
  if (!fs.existsSync(chromiumPath)) return { error: `no Chromium at ${chromiumPath}: run scripts/setup` };
  const results = [];
  try {
    for (let i = 0; i < runs; i++) results.push(figures(await runOnce(url, timeoutMs)));
  } catch (e) {
    return { error: e.message };
  }
  const sorted = [...results].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  return { median: sorted[Math.floor((sorted.length - 1) / 2)], scores: results.map((r) => r.performance) };
}
