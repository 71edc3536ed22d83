import type { Db } from '../../src/plugins/app/prisma.ts';

/**
 * A client that sends its `$queryRaw` calls through `queryRaw` (which may count, hold or pass them
 * on to the real client) and everything else straight to `db`. Being another object, it is another
 * cache too: the coverage caches are kept per client, as another API process would keep its own.
 */
export function withRawQueries(db: Db, queryRaw: (...args: unknown[]) => Promise<unknown>): Db {
  return new Proxy(db, {
    get(target, property) {
      if (property === '$queryRaw') return queryRaw;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Db;
}

/** `$queryRaw` of the real client, for a `queryRaw` that passes a call on. */
export const rawQueryOf =
  (db: Db) =>
  (...args: unknown[]) =>
    (db.$queryRaw as (...raw: unknown[]) => Promise<unknown>)(...args);
