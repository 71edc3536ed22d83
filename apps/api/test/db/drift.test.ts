import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkDrift, DriftError, schemaPath } from '../../src/db/migrate.ts';

const quiet = { info: () => {}, warn: () => {} };
const server = { env: { DATABASE_URL: inject('testServerUrl') }, logger: quiet };

describe('checkDrift', { timeout: 90_000 }, () => {
  let tempDir = '';
  beforeAll(async () => {
    tempDir = await mkdtemp(path.join(tmpdir(), 'teamspiegel-drift-'));
  });
  afterAll(() => rm(tempDir, { recursive: true, force: true }));

  it('passes on the repository schema and migrations', async () => {
    await expect(checkDrift(server)).resolves.toMatch(/No difference detected/);
  });

  it('passes on the embedded PGlite as well (what CI runs without DATABASE_URL)', async () => {
    await expect(checkDrift({ env: {}, logger: quiet })).resolves.toMatch(/No difference detected/);
  });

  it('fails when the schema gains a field without a migration', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const changed = schema.replace(/^model Organisation \{\n/m, '$&  driftProbe String?\n');
    expect(changed).not.toEqual(schema);
    const copy = path.join(tempDir, 'schema.prisma');
    await writeFile(copy, changed);

    const error = await checkDrift({ ...server, schemaPath: copy }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DriftError);
    expect((error as DriftError).output).toMatch(/Added column `driftProbe`/);
  });
});
