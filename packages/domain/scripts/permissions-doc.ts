/**
 * Writes docs/permissions.md from the permissions table (src/access). `--check` exits 1 when the
 * checked-in file is not current (CI runs the same comparison as a test: test/permissions-doc.test.ts).
 * Usage: npm run docs:permissions [-- --check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACCESS_ROLES,
  type AccessRole,
  FIRST_MEMBER_ROLE,
  MEMBER_ROLES,
  MOTIVATION_READERS,
  PERMISSION_NAMES,
  PERMISSIONS,
  ROLE_GRANTS,
  SCOPES,
  type Scope,
  scopeOf,
} from '../src/access/index.js';

export const PERMISSIONS_DOC = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../docs/permissions.md',
);

const ROLE_TITLE: Record<AccessRole, string> = {
  board: 'board',
  hr: 'hr',
  manager: 'manager',
  trainer: 'trainer',
  employee: 'employee',
  platform_admin: 'platform admin',
};
const SCOPE_CELL: Record<Scope, string> = {
  platform: 'platform',
  organisation: 'organisation',
  led_teams: 'led teams',
  own_teams: 'own teams',
  self: 'self',
};

/** Decisions about the hierarchy, written once here and kept beside the table they explain. */
const DECISIONS = [
  '**May hr remove or demote a board member?** No. Changing a login (its role, linked employee or led ' +
    'teams) or removing it needs the right to grant the role it holds, and hr may not grant `board`. ' +
    'Only board changes or removes board members (the API answers 403 `role_not_grantable`).',
  '**May board invite hr?** Yes. Board may grant every role, board included, so it invites, changes and ' +
    'removes hr as well as everyone else. hr invites and manages hr, managers, trainers and employees. Nobody changes their own role or removes their own membership (409).',
  '**May a manager see the development plan of their teams?** Yes: `development.read` reaches the teams ' +
    'they lead and their members (read only; hr plans). The development plan is in their menu.',
  "**Who reads an ambition's motivation?** The employee always; others as the employee chose (table above). " +
    'Board and trainers never.',
  `**The first login of a new organisation** is invited by the platform administrator with the role \`${FIRST_MEMBER_ROLE}\`; ` +
    'the platform administrator holds no tenant permission.',
];

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function renderPermissionsDoc(): string {
  const lines: string[] = [
    '# Permissions',
    '',
    '<!-- Generated from packages/domain/src/access/permissions.ts by `npm run docs:permissions`; do not edit. -->',
    '',
    'Who may do what in Teamspiegel. The table in `packages/domain/src/access/permissions.ts` is the one',
    'source: the API guards every route with `requirePermission(…)`, the web app asks `can(role, …)`,',
    'and `apps/api/test/routes/role-matrix.test.ts` checks every route for every role by hand.',
    '',
    '## Roles × permissions',
    '',
    'A cell names the scope in which the role holds the permission; `—` means it does not.',
    '',
    row(['permission', ...ACCESS_ROLES.map((role) => ROLE_TITLE[role])]),
    row(['---', ...ACCESS_ROLES.map(() => ':---:')]),
  ];
  for (const name of PERMISSION_NAMES) {
    const cells = ACCESS_ROLES.map((role) => {
      const scope = scopeOf(role, name);
      return scope ? SCOPE_CELL[scope] : '—';
    });
    lines.push(row([`\`${name}\``, ...cells]));
  }
  lines.push('', '## What each permission allows', '');
  for (const name of PERMISSION_NAMES) lines.push(`- \`${name}\`: ${PERMISSIONS[name].allows}`);
  lines.push('', '## Scopes', '');
  for (const [scope, meaning] of Object.entries(SCOPES))
    lines.push(`- ${SCOPE_CELL[scope as Scope]}: ${meaning}.`);
  lines.push(
    '',
    '## Who may grant which role',
    '',
    'Inviting with a role, changing a login to or from a role, and removing a login that holds it.',
    '',
    row(['role', 'may grant']),
    row(['---', '---']),
  );
  for (const role of MEMBER_ROLES) {
    const grants = ROLE_GRANTS[role];
    lines.push(row([role, grants.length > 0 ? grants.join(', ') : '—']));
  }
  lines.push(
    '',
    '## Ambition motivation',
    '',
    row(['visibility chosen', 'read by (besides the employee)']),
    row(['---', '---']),
  );
  for (const [visibility, readers] of Object.entries(MOTIVATION_READERS)) {
    lines.push(row([visibility, readers.length > 0 ? readers.join(', ') : 'nobody']));
  }
  lines.push('', '## Decisions', '');
  for (const decision of DECISIONS) lines.push(`- ${decision}`);
  return `${lines.join('\n')}\n`;
}

function main() {
  const rendered = renderPermissionsDoc();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(PERMISSIONS_DOC, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== rendered) {
      console.error('docs/permissions.md is out of date: run `npm run docs:permissions`.');
      process.exit(1);
    }
    console.log('docs/permissions.md is current.');
    return;
  }
  writeFileSync(PERMISSIONS_DOC, rendered);
  console.log(`wrote ${path.relative(process.cwd(), PERMISSIONS_DOC)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
