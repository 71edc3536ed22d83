#!/usr/bin/env node
/**
 * Rights live in one place: the permissions table in packages/domain/src/access. This check fails
 * when API or web code outside it names member roles to decide rights — a literal list of role
 * names, a comparison with a role name, a `case 'role':` or the old `requireRole(…)`.
 * Seed data (apps/api/src/db) and tests are not rights and are not checked.
 * Usage: node scripts/check-role-literals.mjs [files…] (default: the API's and the web app's src).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROLE = "'(?:board|hr|manager|trainer|employee|platform_admin)'";
const RULES = [
  { name: 'list of role names', pattern: new RegExp(`[\\[,]\\s*${ROLE}\\s*[,\\]]`, 'g') },
  {
    name: 'comparison with a role name',
    pattern: new RegExp(`(?:[!=]==?\\s*${ROLE}|${ROLE}\\s*[!=]==?)`, 'g'),
  },
  { name: 'case on a role name', pattern: new RegExp(`\\bcase\\s+${ROLE}\\s*:`, 'g') },
  { name: 'requireRole (use requirePermission)', pattern: /\brequireRole\s*\(/g },
];
const ROOTS = ['apps/api/src', 'apps/web/src'];
const SKIP = [/\/generated\//, /^apps\/api\/src\/db\//, /\.test\.tsx?$/, /\.spec\.tsx?$/];

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...walk(full));
    else if (/\.(ts|tsx|mts)$/.test(entry)) files.push(full);
  }
  return files;
}

export function findRoleLiterals(source) {
  const found = [];
  for (const rule of RULES) {
    for (const match of source.matchAll(rule.pattern)) {
      const line = source.slice(0, match.index).split('\n').length;
      found.push({ line, rule: rule.name, text: match[0].replace(/\s+/g, ' ').slice(0, 80) });
    }
  }
  return found;
}

function main() {
  const args = process.argv.slice(2);
  const files = (
    args.length > 0 ? args.map((f) => path.resolve(f)) : ROOTS.flatMap((r) => walk(path.join(root, r)))
  )
    .map((full) => path.relative(root, full).split(path.sep).join('/'))
    .filter((file) => !SKIP.some((skip) => skip.test(file)));
  let failures = 0;
  for (const file of files) {
    for (const hit of findRoleLiterals(readFileSync(path.join(root, file), 'utf8'))) {
      failures++;
      console.error(`${file}:${hit.line}: ${hit.rule}: ${hit.text}`);
    }
  }
  if (failures > 0) {
    console.error(
      `\n${failures} role check(s) outside the permissions table: ask can()/requirePermission() of @teamspiegel/domain/access instead.`,
    );
    process.exit(1);
  }
  console.log(`role literals: ${files.length} files clean`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
