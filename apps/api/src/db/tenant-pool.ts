import pg from 'pg';
import { currentOrganisationId } from './tenant-context.ts';

/**
 * The pg pool under the API's tenant Prisma client. Every query it runs sees the organisation of
 * the current tenant scope in the setting `app.organisation_id`, which the row-level security
 * policies of prisma/migrations/*_row_level_security compare with organisationId:
 * - Prisma's own transactions (`$transaction`, nested writes) begin with a plain `BEGIN` on a
 *   checked-out client: the client class extends that `BEGIN` with
 *   `SET LOCAL app.organisation_id = '<uuid>'` (same round trip).
 * - A single query outside a transaction goes through `pool.query`: on a real server the setting
 *   is a session setting of the connection, written (`set_config(…, false)`) only when the
 *   connection last served another organisation or none, so a query of the same organisation costs
 *   one round trip (it was BEGIN + SET LOCAL, the query, COMMIT: three). Every path checks the
 *   connection's setting against the current scope before it sends anything, so a connection never
 *   carries one organisation's setting into another scope's query: outside a scope it is cleared
 *   first (or, in a transaction, overridden by `SET LOCAL app.organisation_id = ''`).
 * - On the embedded PGlite (`assumeRole`), the role is assumed per transaction, so there a single
 *   query still runs as BEGIN + SET LOCAL, the query, COMMIT.
 * Outside a scope nothing is visible: the policies show no tenant rows at all.
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

/**
 * The statements that open a tenant transaction, or null when none are needed. `sessionOrganisation`
 * is what the connection's session setting holds ('' for nothing): outside a scope a set session
 * value is overridden for the transaction.
 */
export function scopeStatements(assumeRole: string | undefined, sessionOrganisation = ''): string | null {
  const statements: string[] = [];
  if (assumeRole) statements.push(`SET LOCAL ROLE ${quoteIdent(assumeRole)}`);
  // currentOrganisationId() only returns validated UUIDs, so the literal is safe.
  const organisationId = currentOrganisationId();
  if (organisationId) statements.push(`SET LOCAL app.organisation_id = '${organisationId}'`);
  else if (sessionOrganisation !== '') statements.push(`SET LOCAL app.organisation_id = ''`);
  return statements.length > 0 ? statements.join('; ') : null;
}

type QueryConfig = { text?: unknown };

function isBegin(config: unknown): boolean {
  return typeof config === 'object' && config !== null && (config as QueryConfig).text === 'BEGIN';
}

/** A pooled connection that knows which organisation its session setting holds. */
type ScopedConnection = pg.PoolClient & { sessionOrganisation: string };

/**
 * A pg client that sends promise-form queries asked for while one runs after it, in order, whatever
 * each one's outcome. Prisma sends a transaction's independent reads at once on its one connection;
 * pg 8 queues them with a deprecation warning and pg 9 refuses them.
 */
export class SerialClient extends pg.Client {
  /** Promise-form queries sent and not yet answered, and when the last of them settles. */
  private outstanding = 0;
  private lastSettled: Promise<unknown> = Promise.resolve();

  // biome-ignore lint/suspicious/noExplicitAny: forwarding pg's overloaded signature unchanged
  override query(config: any, values?: any, callback?: any): any {
    const promiseForm =
      callback === undefined && typeof values !== 'function' && typeof config?.submit !== 'function';
    if (!promiseForm) return super.query(config, values, callback);
    const send = () => super.query(config, values);
    const result = this.outstanding === 0 ? send() : this.lastSettled.then(send, send);
    this.outstanding++;
    const settle = () => {
      this.outstanding--;
    };
    this.lastSettled = result.then(settle, settle);
    return result;
  }
}

function scopedClientClass(assumeRole: string | undefined) {
  return class ScopedClient extends SerialClient {
    /** The session value of app.organisation_id ('' when unset), written by TenantPool.query only. */
    sessionOrganisation = '';

    // pg's query has a dozen overloads; this only rewrites Prisma's `BEGIN` and passes the rest on.
    // biome-ignore lint/suspicious/noExplicitAny: forwarding pg's overloaded signature unchanged
    override query(config: any, values?: any, callback?: any): any {
      if (isBegin(config)) {
        const scope = scopeStatements(assumeRole, this.sessionOrganisation);
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
    // Prisma calls query(config) and awaits the promise; callback forms are refused rather than
    // sent on a connection whose setting nobody checked.
    if (typeof values === 'function' || callback) {
      throw new Error('TenantPool.query: use the promise form (the setting is checked per connection)');
    }
    if (!this.assumeRole) return this.queryOnSession(config, values);
    const scope = scopeStatements(this.assumeRole);
    if (scope === null) return super.query(config, values);
    return this.queryInScope(scope, config, values);
  }

  /** One round trip when the connection already holds this scope's organisation, else two. */
  private async queryOnSession(config: pg.QueryConfig | string, values: unknown[] | undefined) {
    const organisationId = currentOrganisationId() ?? '';
    const client = (await this.connect()) as ScopedConnection;
    let broken: Error | undefined;
    try {
      if (client.sessionOrganisation !== organisationId) {
        // Unknown until it succeeds: a failure leaves the connection to be discarded.
        client.sessionOrganisation = '\u0000unknown';
        await client.query({
          text: "SELECT set_config('app.organisation_id', $1, false)",
          values: [organisationId],
        });
        client.sessionOrganisation = organisationId;
      }
      return await client.query(config as pg.QueryConfig, values);
    } catch (error) {
      if (client.sessionOrganisation === '\u0000unknown') broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
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
