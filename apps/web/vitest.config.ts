import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests beside the code (view models, pure helpers); browser tests live in e2e/ (Playwright). */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
