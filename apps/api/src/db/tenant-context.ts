import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The organisation whose rows the tenant database client may see, carried through async calls.
 * `organisationId` is read at query time, so a request's scope can be opened before its actor is
 * known (the auth guard sets `request.actor` later) and still answer with that actor's organisation.
 */
export type TenantScope = { organisationId: () => string | null; pinned?: string };

const storage = new AsyncLocalStorage<TenantScope>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `fn` in `scope` (a request, a job). */
export function runInTenantScope<T>(scope: TenantScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/**
 * Runs `fn` as work of one organisation: background jobs, a lookup that found its organisation.
 * Awaited inside the scope, because Prisma's queries are lazy: they run when awaited, not when built.
 */
export function withOrganisation<T>(organisationId: string, fn: () => PromiseLike<T> | T): Promise<T> {
  return storage.run({ organisationId: () => organisationId }, async () => await fn());
}

/**
 * Makes the rest of the current scope (a request without an actor) work in `organisationId`, once
 * a cross-organisation lookup found it, e.g. the invitation behind a link.
 */
export function pinOrganisation(organisationId: string): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('Tenant scope: nothing to pin outside a request or job.');
  scope.pinned = organisationId;
}

/**
 * The organisation of the current scope, validated as a UUID (it is written into SQL as a literal),
 * or null outside any scope or before the actor is known: then tenant tables show no rows.
 */
export function currentOrganisationId(): string | null {
  const scope = storage.getStore();
  const organisationId = scope?.pinned ?? scope?.organisationId() ?? null;
  if (organisationId === null) return null;
  if (!UUID.test(organisationId)) throw new Error('Tenant scope: the organisation id is not a UUID.');
  return organisationId;
}
