import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_FLAGS as args, CHROMIUM_PATH as executablePath } from './scripts/chromium.ts';

export const PORT = Number(process.env.E2E_PORT || 4173);
/** A second build whose only article is full of markup (tests/fixtures/hostile-seeds). */
export const HOSTILE_PORT = PORT + 1;
/**
 * A third build: a story of regions and a generated 1 MB article (.fixture-seeds),
 * with online tiles configured on a server that refuses every request.
 */
export const FIXTURES_PORT = PORT + 2;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath, args },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-hostile --port ${HOSTILE_PORT} --strictPort`,
      url: `http://127.0.0.1:${HOSTILE_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-fixtures --port ${FIXTURES_PORT} --strictPort`,
      url: `http://127.0.0.1:${FIXTURES_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
