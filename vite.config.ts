import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { tileCspPlugin } from './src/build/tile-csp.ts';
import { storyPlugin } from './src/build/vite-plugin-story.ts';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    storyPlugin({ seedsDir: process.env.SEEDS_DIR ?? 'seeds' }),
    // VITE_TILE_URL comes from the environment or an .env file, as Vite reads it for the app.
    tileCspPlugin(loadEnv(mode, process.cwd(), 'VITE_').VITE_TILE_URL || undefined),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Loading the 200,000-place gazetteer takes seconds by design; no timing report each build.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{parser,story,build,selection,features}/**/*.test.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
}));
