import pg from 'pg';
import { quoteIdent } from './tenant-pool.ts';

/** The login role of the API's tenant client when DATABASE_APP_URL does not name one. */
export const DEFAULT_APP_ROLE = 'teamspiegel_app';

/**
 * The URL of the tenant client: DATABASE_APP_URL when given, otherwise the owner's URL with
 * the app role as user and no password (enough with trust or peer authentication).
 */
export function appDatabaseUrl(ownerUrl: string, configured?: string): string {
  if (configured) return configured;
  const url = new URL(ownerUrl);
  url.username = DEFAULT_APP_ROLE;
  url.password = '';
  return url.toString();
}

/** The role (user name) an app URL logs in as. */
export function appRoleOf(appUrl: string): string {
  return decodeURIComponent(new URL(appUrl).username) || DEFAULT_APP_ROLE;
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

const ALREADY_EXISTS = new Set(['42710', '23505']);
/** The advisory lock key of provisionAppRole (any fixed number; per database). */
const PROVISION_LOCK = 0x7465616d; // 'team'

/**
 * Makes sure the app role exists, may not bypass row-level security, and holds exactly the
 * grants the API needs; run as the owner at every start, after the migrations (idempotent):
 * - read and write on every table of the schema, but never on `_prisma_migrations`;
 * - on "AuditEvent" only SELECT and INSERT (the trail is append-only; erasure's redaction runs
 *   as the owner, see the trigger in the row_level_security migration).
 * A role that exists but is a superuser or has BYPASSRLS is refused: the API fails closed.
 */
export async function provisionAppRole(ownerUrl: string, appUrl: string): Promise<string> {
  const role = appRoleOf(appUrl);
  const password = decodeURIComponent(new URL(appUrl).password);
  const owner = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5000 });
  await owner.connect();
  try {
    // One provisioning at a time per database: two API processes starting together would otherwise
    // run the same GRANTs at once, which PostgreSQL refuses with "tuple concurrently updated".
    await owner.query('BEGIN');
    await owner.query('SELECT pg_advisory_xact_lock($1)', [PROVISION_LOCK]);
    const existing = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [role],
    );
    const found = existing.rows[0];
    if (found && (found.rolsuper || found.rolbypassrls)) {
      throw new Error(
        `The API's database role "${role}" is a superuser or bypasses row-level security; use a plain role (DATABASE_APP_URL).`,
      );
    }
    const passwordClause = password ? ` PASSWORD ${quoteLiteral(password)}` : '';
    if (!found) {
      // Starts against other databases of the cluster may race to create the cluster-wide role.
      await owner.query('SAVEPOINT create_role');
      await owner
        .query(
          `CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT${passwordClause}`,
        )
        .catch(async (error: { code?: string }) => {
          if (!ALREADY_EXISTS.has(error.code ?? '')) throw error;
          await owner.query('ROLLBACK TO SAVEPOINT create_role');
        });
    } else if (password) {
      await owner.query(`ALTER ROLE ${quoteIdent(role)}${passwordClause}`);
    }
    const { rows } = await owner.query<{ schema: string }>('SELECT current_schema() AS schema');
    const schema = quoteIdent(rows[0]?.schema ?? 'public');
    const app = quoteIdent(role);
    await owner.query(`
      GRANT USAGE ON SCHEMA ${schema} TO ${app};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app};
      REVOKE ALL ON TABLE ${schema}."_prisma_migrations" FROM ${app};
      REVOKE UPDATE, DELETE, TRUNCATE ON TABLE ${schema}."AuditEvent" FROM ${app};`);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await owner.end();
  }
  return role;
}
