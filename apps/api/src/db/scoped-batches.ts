import type { PrismaClient } from '../generated/prisma/client.ts';
import { currentOrganisationId, runInTenantScope } from './tenant-context.ts';

type Loader = (request: object) => Promise<unknown>;
type BatchLoader = (requests: object[]) => Promise<unknown>;
type DataLoaderOptions = {
  batchBy: (request: object) => string | undefined;
  batchLoader: BatchLoader;
  singleLoader: Loader;
};

/**
 * Prisma defers `findUnique` calls to the next tick and runs them together, in the async context
 * of whichever caller came first: two requests of different organisations in the same tick would
 * share one tenant scope (a null for one of them, or worse). This keeps batches per organisation
 * and runs each in its own scope. It reaches into the client's request handler (Prisma 7.10);
 * when that shape changes, creating the client fails instead of silently batching across tenants.
 */
export function keepBatchesInTheirScope(client: PrismaClient): void {
  const handler = (
    client as unknown as { _requestHandler?: { dataloader?: { options?: Partial<DataLoaderOptions> } } }
  )._requestHandler;
  const options = handler?.dataloader?.options;
  if (
    typeof options?.batchBy !== 'function' ||
    typeof options.batchLoader !== 'function' ||
    typeof options.singleLoader !== 'function'
  ) {
    throw new Error('Prisma client internals changed: cannot keep findUnique batches per organisation.');
  }
  const { batchBy, batchLoader, singleLoader } = options as DataLoaderOptions;
  const scopes = new WeakMap<object, string | null>();
  const inScopeOf = <T>(request: object | undefined, run: () => T): T => {
    const organisationId = request ? (scopes.get(request) ?? null) : null;
    return runInTenantScope({ organisationId: () => organisationId }, run);
  };
  options.batchBy = (request) => {
    const key = batchBy(request);
    if (key === undefined) return key;
    const organisationId = currentOrganisationId();
    scopes.set(request, organisationId);
    return `${key}@${organisationId ?? 'none'}`;
  };
  options.batchLoader = (requests) => inScopeOf(requests[0], () => batchLoader(requests));
  options.singleLoader = (request) =>
    scopes.has(request) ? inScopeOf(request, () => singleLoader(request)) : singleLoader(request);
}
