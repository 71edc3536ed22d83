import type { Random } from './prng.ts';

/**
 * What the row planners need from the tenant being built: its organisation, its reference date,
 * its seeded PRNG and its deterministic ids (seedId(slug, table, key)). TenantBuilder is one.
 */
export type RowContext = {
  readonly slug: string;
  readonly organisationId: string;
  readonly anchor: Date;
  readonly random: Random;
  rowId(table: string, key: string | number): string;
  teamId(key: string): string;
  employeeId(key: string): string;
};
