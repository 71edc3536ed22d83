import type { Permission } from '@teamspiegel/domain/access';
import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Actor, actorOf } from '../plugins/app/auth.ts';
import type { Db, Tx } from '../plugins/app/prisma.ts';
import { writeAudit } from './audit.ts';
import { expectedVersion, pageArgs, setEtag } from './http.ts';
import { notFound, preconditionFailed } from './problem.ts';
import { tenantKey } from './tenant-key.ts';

/** The part of a Prisma model delegate the generic routes use (method syntax keeps it assignable). */
export type ModelDelegate = {
  // biome-ignore lint/suspicious/noExplicitAny: Prisma's per-model argument types differ; specs stay typed.
  findMany(args: any): Promise<any[]>;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  count(args: any): Promise<number>;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  findFirst(args: any): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  create(args: any): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  update(args: any): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  delete(args: any): Promise<any>;
};

type Where = Record<string, unknown>;
type Awaitable<T> = T | Promise<T>;

export type CrudSpec<
  Row,
  Q extends z.ZodObject,
  C extends z.ZodType,
  U extends z.ZodType,
  D extends z.ZodType,
> = {
  /** Entity name for audit rows and 404 messages, e.g. 'Site'. */
  entity: string;
  basePath: string;
  tag: string;
  delegate: (db: Db | Tx) => ModelDelegate;
  dto: D;
  toDto: (row: Row) => z.input<D>;
  include?: Record<string, unknown>;
  orderBy: Record<string, unknown> | Record<string, unknown>[];
  /** Rows with a `version` column: ETag on reads, If-Match/`version` checked on writes (412 when stale). */
  versioned: boolean;
  /** Extra filter limiting which rows this actor may see or touch (e.g. a manager's teams). */
  scope?: (actor: Actor, db: Db) => Awaitable<Where>;
  list: {
    /** The permission of the permissions table that lists (and, without `readPermission`, reads). */
    permission: Permission;
    query: Q;
    where: (query: z.infer<Q>, actor: Actor) => Awaitable<Where>;
  };
  readPermission?: Permission;
  create?: {
    permission: Permission;
    body: C;
    data: (body: z.infer<C>, actor: Actor, tx: Tx) => Awaitable<Where>;
    /** Checks after scoping, e.g. a manager may only add to their own teams. */
    authorize?: (body: z.infer<C>, actor: Actor, db: Db) => Awaitable<void>;
  };
  update?: {
    permission: Permission;
    body: U;
    data: (body: z.infer<U>, actor: Actor, tx: Tx, current: Row) => Awaitable<Where>;
  };
  remove?: {
    permission: Permission;
    /** OpenAPI summary of the DELETE route (default: `Delete a <entity>`). */
    summary?: string;
    /**
     * Refuses the delete (e.g. 409 `<entity>_in_use` while rows refer to it). Runs in the delete's
     * transaction after the row is found, locked (`FOR UPDATE` on `table`, so rows referencing it wait
     * and what the guard counts holds) and its version checked, before the row is deleted.
     */
    guard?: (tx: Tx, actor: Actor, current: Row) => Awaitable<void>;
    /** The row's SQL table for the lock the guard needs (default: `entity`, the Prisma model name). */
    table?: string;
    /** What the audit row keeps as `before` (default: the row as read, with `include`). */
    auditBefore?: (current: Row) => unknown;
  };
};

function idOf(request: FastifyRequest): string {
  return (request.params as { id: string }).id;
}

const problemResponses = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** Registers list/get/create/update/delete for one tenant-owned resource, all scoped by organisation. */
export function registerCrud<
  Row,
  Q extends z.ZodObject,
  C extends z.ZodType,
  U extends z.ZodType,
  D extends z.ZodType,
>(fastify: FastifyInstance, spec: CrudSpec<Row, Q, C, U, D>) {
  // Generic over the spec's schemas: the handlers cast what the zod validator already checked.
  const app = fastify;
  const readPermission = spec.readPermission ?? spec.list.permission;

  async function scopedWhere(actor: Actor, extra: Where): Promise<Where> {
    const scope = spec.scope ? await spec.scope(actor, fastify.db) : {};
    // AND, not spread: a scope must never overwrite a filter key (or the reverse).
    return { AND: [extra, scope], organisationId: actor.organisationId };
  }

  async function findOne(db: Db | Tx, actor: Actor, id: string): Promise<Row> {
    const row = (await spec.delegate(db).findFirst({
      where: await scopedWhere(actor, { id }),
      include: spec.include,
    })) as Row | null;
    if (!row) throw notFound(spec.entity);
    return row;
  }

  /** Locks the organisation's row (404 when there is none), so rows referencing it wait for the transaction. */
  async function lockRow(tx: Tx, actor: Actor, id: string, table: string): Promise<void> {
    const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT id FROM "${table}" WHERE id = $1::uuid AND "organisationId" = $2::uuid FOR UPDATE`,
      id,
      actor.organisationId,
    );
    if (locked.length === 0) throw notFound(spec.entity);
  }

  function send(reply: FastifyReply, row: Row) {
    if (spec.versioned) setEtag(reply, (row as { version: number }).version);
    return spec.toDto(row);
  }

  app.get(
    spec.basePath,
    {
      preHandler: fastify.requirePermission(spec.list.permission),
      schema: {
        tags: [spec.tag],
        summary: `List ${spec.entity} records (paginated)`,
        querystring: spec.list.query,
        response: { 200: ZPage(spec.dto), ...problemResponses },
      },
    },
    async (request: FastifyRequest) => {
      const actor = actorOf(request);
      const query = request.query as z.infer<Q> & { page: number; pageSize: number };
      const where = await scopedWhere(actor, await spec.list.where(query, actor));
      const delegate = spec.delegate(fastify.db);
      const [rows, total] = await Promise.all([
        delegate.findMany({ where, include: spec.include, orderBy: spec.orderBy, ...pageArgs(query) }),
        delegate.count({ where }),
      ]);
      return { items: (rows as Row[]).map(spec.toDto), page: query.page, pageSize: query.pageSize, total };
    },
  );

  app.get(
    `${spec.basePath}/:id`,
    {
      preHandler: fastify.requirePermission(readPermission),
      schema: {
        tags: [spec.tag],
        summary: `Get one ${spec.entity}`,
        params: ZIdParams,
        response: { 200: spec.dto, ...problemResponses },
      },
    },
    async (request, reply) => send(reply, await findOne(fastify.db, actorOf(request), idOf(request))),
  );

  const create = spec.create;
  if (create) {
    app.post(
      spec.basePath,
      {
        preHandler: fastify.requirePermission(create.permission),
        schema: {
          tags: [spec.tag],
          summary: `Create a ${spec.entity}`,
          body: create.body,
          response: { 201: spec.dto, ...problemResponses, 409: ZProblem, 422: ZProblem },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body as z.infer<C>;
        await create.authorize?.(body, actor, fastify.db);
        const row = await fastify.db.$transaction(async (tx) => {
          const data = { ...(await create.data(body, actor, tx)), organisationId: actor.organisationId };
          const created = (await spec.delegate(tx).create({ data, include: spec.include })) as Row & {
            id: string;
          };
          await writeAudit(tx, actor, {
            entity: spec.entity,
            entityId: created.id,
            action: 'create',
            after: created,
          });
          return created;
        });
        reply.status(201);
        return send(reply, row);
      },
    );
  }

  const update = spec.update;
  if (update) {
    app.patch(
      `${spec.basePath}/:id`,
      {
        preHandler: fastify.requirePermission(update.permission),
        schema: {
          tags: [spec.tag],
          summary: `Update a ${spec.entity} (send If-Match with the ETag to avoid overwriting a newer version)`,
          params: ZIdParams,
          body: update.body,
          response: { 200: spec.dto, ...problemResponses, 409: ZProblem, 412: ZProblem, 422: ZProblem },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body as z.infer<U>;
        const bodyVersion = (body as { version?: number } | undefined)?.version;
        const expected = spec.versioned ? expectedVersion(request, bodyVersion) : undefined;
        const row = await fastify.db.$transaction(async (tx) => {
          const current = await findOne(tx, actor, idOf(request));
          const currentVersion = (current as { version?: number }).version;
          if (expected !== undefined && currentVersion !== expected) throw preconditionFailed();
          const { version: _ignored, ...changes } = (await update.data(body, actor, tx, current)) as Where;
          const where: Where = tenantKey(actor.organisationId, idOf(request));
          if (spec.versioned) where.version = currentVersion;
          const data: Where = spec.versioned ? { ...changes, version: { increment: 1 } } : changes;
          let updated: Row;
          try {
            updated = (await spec.delegate(tx).update({ where, data, include: spec.include })) as Row;
          } catch (error) {
            // The version moved between our read and the write: someone else saved first.
            if ((error as { code?: string }).code === 'P2025') throw preconditionFailed();
            throw error;
          }
          await writeAudit(tx, actor, {
            entity: spec.entity,
            entityId: idOf(request),
            action: 'update',
            before: current,
            after: updated,
          });
          return updated;
        });
        return send(reply, row);
      },
    );
  }

  const remove = spec.remove;
  if (remove) {
    app.delete(
      `${spec.basePath}/:id`,
      {
        preHandler: fastify.requirePermission(remove.permission),
        schema: {
          tags: [spec.tag],
          summary: remove.summary ?? `Delete a ${spec.entity}`,
          params: ZIdParams,
          response: { 204: z.null(), ...problemResponses, 409: ZProblem, 412: ZProblem, 422: ZProblem },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const expected = spec.versioned ? expectedVersion(request) : undefined;
        await fastify.db.$transaction(async (tx) => {
          if (remove.guard) await lockRow(tx, actor, idOf(request), remove.table ?? spec.entity);
          const current = await findOne(tx, actor, idOf(request));
          if (expected !== undefined && (current as { version?: number }).version !== expected) {
            throw preconditionFailed();
          }
          await remove.guard?.(tx, actor, current);
          await spec.delegate(tx).delete({ where: tenantKey(actor.organisationId, idOf(request)) });
          await writeAudit(tx, actor, {
            entity: spec.entity,
            entityId: idOf(request),
            action: 'delete',
            before: remove.auditBefore ? remove.auditBefore(current) : current,
          });
        });
        return reply.status(204).send(null);
      },
    );
  }
}
