import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_MALLOC_ARENA_MAX, API_NODE_FLAGS } from '../../bench/harness.ts';

/**
 * The API's memory depends on its runtime flags (ARCHITECTURE.md, Memory): every production start
 * and the benchmark that measures them must run the same ones, or a figure holds for one start only.
 */
const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('the API runtime flags', () => {
  it('are a semi-space and an old-space limit', () => {
    expect(API_NODE_FLAGS).toEqual(['--max-semi-space-size=8', '--max-old-space-size=512']);
    expect(API_MALLOC_ARENA_MAX).toBe('2');
  });

  it('npm start and start:cluster run them', () => {
    const scripts = (JSON.parse(read('apps/api/package.json')) as { scripts: Record<string, string> })
      .scripts;
    const flags = API_NODE_FLAGS.join(' ');
    expect(scripts.start).toBe(`MALLOC_ARENA_MAX=${API_MALLOC_ARENA_MAX} node ${flags} dist/server.js`);
    expect(scripts['start:cluster']).toBe(
      `MALLOC_ARENA_MAX=${API_MALLOC_ARENA_MAX} node ${flags} dist/cluster.js`,
    );
  });

  it('the Dockerfile runs them', () => {
    const dockerfile = read('apps/api/Dockerfile');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd && JSON.parse(cmd)).toEqual(['node', ...API_NODE_FLAGS, 'apps/api/dist/server.js']);
    expect(dockerfile).toMatch(new RegExp(`^ENV .*\\bMALLOC_ARENA_MAX=${API_MALLOC_ARENA_MAX}\\b`, 'm'));
  });

  it('scripts/start.mjs (the quick start) runs them', () => {
    const start = read('scripts/start.mjs');
    const args = /spawn\(\s*process\.execPath,\s*(\[[^\]]*'dist\/server\.js'\])/.exec(start)?.[1];
    expect(args && JSON.parse(args.replaceAll("'", '"'))).toEqual([...API_NODE_FLAGS, 'dist/server.js']);
    expect(start).toContain(`MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '${API_MALLOC_ARENA_MAX}'`);
  });
});
