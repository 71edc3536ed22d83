/**
 * `npx tsx src/db/cli/seed-fingerprint.ts [--anchor 2026-08-01] [--people 20000]` — prints the
 * fingerprint (sha256 of every planned row, as the seed records it) of each planned tenant, the
 * benchmark tenant included, and of the logins. Pure: no database. Run it before and after a
 * refactor of the seed builders to prove the seeded data did not change.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { plannedTenants } from '../seed/index.ts';
import { fingerprintOf } from '../seed/write-tenant.ts';

const { values } = parseArgs({
  options: { anchor: { type: 'string', default: '2026-08-01' }, people: { type: 'string' } },
});
const anchor = new Date(`${values.anchor}T00:00:00Z`);
const people = values.people === undefined ? undefined : Number(values.people);
for (const tenant of plannedTenants('large', anchor, people)) {
  const users = createHash('sha256').update(JSON.stringify(tenant.users)).digest('hex');
  console.log(
    `${tenant.plan.organisation.slug}: rows ${fingerprintOf(tenant.plan, tenant.compliance)} users ${users}`,
  );
}
