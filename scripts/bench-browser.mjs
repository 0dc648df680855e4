// Measures window.RefreshRequest.validate() per call in headless Chromium against dist/.
// Prints figures; it asserts nothing. Called by scripts/bench.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from '../tests/browser/server.mjs';
import { chromiumArgs, chromiumPath } from '../tests/browser/playwright.config.mjs';

const root = path.resolve(import.meta.dirname, '..');
const server = await startServer({ root: path.join(root, 'dist'), port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => typeof window.RefreshRequest?.validate === 'function');
  const requests = {
    'veson-imos': {
      policy: 'veson-imos', submitted_at: '2024-10-07T02:00Z', source: 'ABCD_prod', target: 'ABCD_test',
      windows: ['2024-10-09T02:00Z', '2024-10-10T00:30Z'], holiday_region: 'GB',
      preserve_users: 'yes', source_version: '1', target_version: '2',
    },
    'clarity-saas': {
      policy: 'clarity-saas', submitted_at: '2024-10-07T02:00Z', source_url: 'https://acme.example.com',
      target_url: 'https://acme-test.example.com', source_kind: 'PROD', target_kind: 'TEST',
      window: '2024-10-09T08:00Z', source_version: '16.2.1 Patch 3', target_version: '16.02.1.3',
      ack_overwrite: true, ack_jobs: true,
    },
  };
  for (const [name, req] of Object.entries(requests)) {
    const samples = await page.evaluate((r) => {
      const api = window.RefreshRequest;
      for (let i = 0; i < 300; i++) api.validate(r);
      const out = [];
      for (let s = 0; s < 7; s++) {
        const n = 1000;
        const t0 = performance.now();
        for (let i = 0; i < n; i++) api.validate(r);
        out.push(((performance.now() - t0) * 1000) / n);
      }
      return out.sort((a, b) => a - b);
    }, req);
    console.log(`validate ${name.padEnd(13)} median ${samples[3].toFixed(1).padStart(6)} µs/call  (min ${samples[0].toFixed(1)}, max ${samples[6].toFixed(1)}; budget 20 µs)`);
  }
} finally {
  await browser.close();
  await server.close();
}
