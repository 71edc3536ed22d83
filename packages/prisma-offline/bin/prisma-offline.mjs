#!/usr/bin/env node
// Runs Prisma 6.19's CLI with the schema engine as WebAssembly (see prisma.config.mjs), for
// machines that cannot download Prisma 7's native schema engine. Usage: like `prisma`, e.g.
//   DATABASE_URL=postgres://… prisma-offline migrate deploy
//   prisma-offline migrate diff --from-url "$URL" --to-schema-datamodel prisma/schema.prisma --exit-code
// Any schema path given (--schema, --{from,to}-schema-datamodel, default prisma/schema.prisma) is
// replaced by a generated copy that Prisma 6.19 accepts; the repo keeps exactly one schema.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const repoRoot = path.resolve(packageRoot, '../..');
const defaultSchema = path.join(repoRoot, 'prisma/schema.prisma');
const copiesDir = path.join(packageRoot, '.generated');
const configPath = path.join(packageRoot, 'prisma.config.mjs');
// Resolved from this package, so npm's nested prisma 6.19.3 wins over the root's Prisma 7.
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');

/** Prisma 6.19 wants `url` in the datasource, which Prisma 7 rejects; generators are dropped so
 *  `migrate dev` never writes a client from the copy's relative output path. */
export function toPrisma6Schema(source) {
  const withoutGenerators = source.replace(/^[ \t]*generator\s+\w+\s*\{[\s\S]*?^[ \t]*\}[ \t]*\n?/gm, '');
  return withoutGenerators.replace(
    /^([ \t]*datasource\s+\w+\s*\{)([\s\S]*?)^([ \t]*\})/m,
    (block, open, body, close) =>
      /^\s*url\s*=/m.test(body) ? block : `${open}${body}  url      = env("DATABASE_URL")\n${close}`,
  );
}

function writeSchemaCopy(schemaPath) {
  const absolute = path.resolve(schemaPath);
  const name =
    absolute === defaultSchema
      ? 'schema.prisma'
      : `schema-${createHash('sha256').update(absolute).digest('hex').slice(0, 12)}.prisma`;
  const target = path.join(copiesDir, name);
  mkdirSync(copiesDir, { recursive: true });
  // Write-then-rename: parallel runs (tests) never read a half-written copy.
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, toPrisma6Schema(readFileSync(absolute, 'utf8')));
  renameSync(temporary, target);
  return target;
}

const schemaFlags = new Set(['--schema', '--from-schema-datamodel', '--to-schema-datamodel']);
const args = [];
let schemaPath = defaultSchema;
const input = process.argv.slice(2);
for (let i = 0; i < input.length; i++) {
  const arg = input[i];
  const [flag, inlineValue] =
    arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
  if (!schemaFlags.has(flag)) {
    args.push(arg);
    continue;
  }
  const value = inlineValue ?? input[++i];
  if (!value) {
    console.error(`prisma-offline: ${flag} needs a path`);
    process.exit(1);
  }
  if (flag === '--schema') schemaPath = value;
  else args.push(flag, writeSchemaCopy(value));
}
if (!args.includes('--config') && !args.some((a) => a.startsWith('--config=')))
  args.push('--config', configPath);

const child = spawn(process.execPath, [prismaCli, ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_OFFLINE_SCHEMA: writeSchemaCopy(schemaPath),
    // The client is not used by the CLI; point it at any existing file so nothing is downloaded.
    PRISMA_QUERY_ENGINE_LIBRARY: '/bin/true',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
