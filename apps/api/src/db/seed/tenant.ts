import type { TenantBuilder } from './builder.ts';
import type { SeedCompliance } from './compliance.ts';
import type { PlannedUser, TenantPlan } from './plan.ts';

/** One tenant to seed: its rows, the logins it needs and its certificates (issue 14). */
export type SeedTenant = { plan: TenantPlan; users: PlannedUser[]; compliance?: SeedCompliance };

export function tenantFromBuilder(builder: TenantBuilder): SeedTenant {
  return { plan: builder.plan, users: builder.users };
}
