import pg from 'pg';
import { currentOrganisationId } from './tenant-context.ts';

/**
 * The pg pool under the API's tenant Prisma client. Every transaction it runs starts with the
 * organisation of the current tenant scope as a transaction-local setting, which the row-level
 * security policies of prisma/migrations/*_row_level_security compare with organisationId:
 *   BEGIN; SET LOCAL app.organisation_id = '<uuid>'
 * - Prisma's own transactions (`$transaction`, nested writes) begin with a plain `BEGIN` on a
 *   checked-out client: the client class extends that `BEGIN` (same round trip).
 * - A single query outside a transaction goes through `pool.query`: with a scope it runs as
 *   BEGIN + setting, the query, COMMIT on one connection (two extra round trips).
 * Outside a scope nothing is added, and the policies show no tenant rows at all.
 */
export type TenantPoolConfig = pg.PoolConfig & {
  /**
   * The embedded PGlite serves every connection as its superuser: there the role is assumed per
   * transaction (`SET LOCAL ROLE`) instead of logged in as. Unset on a real server.
   */
  assumeRole?: string | undefined;
};

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The statements that open a tenant transaction, or null when none are needed. */
export function scopeStatements(assumeRole: string | undefined): string | null {
  const statements: string[] = [];
  if (assumeRole) statements.push(`SET LOCAL ROLE ${quoteIdent(assumeRole)}`);
  // currentOrganisationId() only returns validated UUIDs, so the literal is safe.
  const organisationId = currentOrganisationId();
  if (organisationId) statements.push(`SET LOCAL app.organisation_id = '${organisationId}'`);
  return statements.length > 0 ? statements.join('; ') : null;
}

type QueryConfig = { text?: unknown };

function isBegin(config: unknown): boolean {
  return typeof config === 'object' && config !== null && (config as QueryConfig).text === 'BEGIN';
}

function scopedClientClass(assumeRole: string | undefined) {
  return class ScopedClient extends pg.Client {
    // pg's query has a dozen overloads; this only rewrites Prisma's `BEGIN` and passes the rest on.
    // biome-ignore lint/suspicious/noExplicitAny: forwarding pg's overloaded signature unchanged
    override query(config: any, values?: any, callback?: any): any {
      if (isBegin(config)) {
        const scope = scopeStatements(assumeRole);
        // A simple-protocol query (no parameters), so both statements go in one round trip.
        if (scope) return super.query({ ...config, text: `BEGIN; ${scope}` }, values, callback);
      }
      return super.query(config, values, callback);
    }
  };
}

export class TenantPool extends pg.Pool {
  private readonly assumeRole: string | undefined;

  constructor({ assumeRole, ...config }: TenantPoolConfig) {
    super({ ...config, Client: scopedClientClass(assumeRole) as unknown as new () => pg.ClientBase });
    this.assumeRole = assumeRole;
  }

  // biome-ignore lint/suspicious/noExplicitAny: forwarding pg's overloaded signature unchanged
  override query(config: any, values?: any, callback?: any): any {
    const scope = scopeStatements(this.assumeRole);
    // Prisma calls query(config) and awaits the promise; callback forms pass through untouched.
    if (scope === null || typeof config !== 'object' || typeof values === 'function' || callback) {
      return super.query(config, values, callback);
    }
    return this.queryInScope(scope, config, values);
  }

  private async queryInScope(scope: string, config: pg.QueryConfig, values: unknown[] | undefined) {
    const client = await this.connect();
    let broken: Error | undefined;
    try {
      await client.query(`BEGIN; ${scope}`);
      const result = await client.query(config, values);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
