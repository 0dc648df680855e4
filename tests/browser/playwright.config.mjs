// Playwright configuration for the browser tests.
//
// Run through `scripts/test` (which builds dist/ first), or by hand after `trunk build --release`:
//   npx playwright test -c tests/browser/playwright.config.mjs [-g 'name']
//
// - Uses the system Chromium (/usr/bin/chromium, Debian's `chromium` package). Never run
//   `npx playwright install`: it downloads a browser, which this network does not allow.
// - Serves the built dist/ with tests/browser/server.mjs on a free 127.0.0.1 port.
// - Everything it writes (screenshots, traces, results.json) goes to tests/browser/artifacts/
//   (gitignored).

import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { freePort } from './server.mjs';

const here = import.meta.dirname;
const root = path.resolve(here, '..', '..');
export const artifactsDir = path.join(here, 'artifacts');
export const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');

// Flags measured to work as root on this closed network (see TOOLCHAIN.md).
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The config is evaluated in the runner and again in every worker: pick the port once, in the
// runner, and hand it to the workers through the environment (which they inherit).
if (!process.env.BROWSER_TEST_PORT) process.env.BROWSER_TEST_PORT = String(await freePort());
const port = Number(process.env.BROWSER_TEST_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.mjs',
  outputDir: path.join(artifactsDir, 'test-results'),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: path.join(artifactsDir, 'results.json') }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `node ${JSON.stringify(path.join(here, 'server.mjs'))} --root ${JSON.stringify(distDir)} --port ${port} --host 127.0.0.1`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
