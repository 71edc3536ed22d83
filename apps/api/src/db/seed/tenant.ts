import type { TenantBuilder } from './builder.ts';
import type { PlannedUser, TenantPlan } from './plan.ts';

/** One tenant to seed: its rows and the logins it needs. */
export type SeedTenant = { plan: TenantPlan; users: PlannedUser[] };

export function tenantFromBuilder(builder: TenantBuilder): SeedTenant {
  return { plan: builder.plan, users: builder.users };
}
