import type { Permission } from '@teamspiegel/domain/access';
import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { type Actor, actorOf } from '../plugins/app/auth.ts';
import type { Tx } from '../plugins/app/prisma.ts';
import { writeAudit } from './audit.ts';
import type { ModelDelegate } from './crud.ts';
import { expectedVersion, setEtag } from './http.ts';
import { notFound, preconditionFailed } from './problem.ts';
import { tenantKey } from './tenant-key.ts';

type ArchivableRow = { id: string; version: number; archivedAt: Date | null };

export type ArchiveSpec<Row extends ArchivableRow, D extends z.ZodType> = {
  /** Prisma model name: audit entity and the table the transaction locks. */
  entity: 'Site' | 'Team';
  basePath: string;
  tag: string;
  permission: Permission;
  delegate: (tx: Tx) => ModelDelegate;
  include?: () => Record<string, unknown>;
  dto: D;
  toDto: (row: Row) => z.input<D>;
  /** Refuses the step (409/422) after the row is locked and its version checked. */
  guard?: (tx: Tx, actor: Actor, current: Row, archive: boolean) => Promise<void>;
};

/**
 * `POST <base>/:id/archive` and `…/unarchive`: sets or clears `archivedAt` (history stays), with
 * If-Match, an audit row and the row locked for the transaction. Asking for the state the row is
 * already in changes nothing and answers 200, so a repeated click is harmless.
 */
export function registerArchiveRoutes<Row extends ArchivableRow, D extends z.ZodType>(
  fastify: FastifyInstance,
  spec: ArchiveSpec<Row, D>,
) {
  for (const archive of [true, false]) {
    const action = archive ? 'archive' : 'unarchive';
    fastify.post(
      `${spec.basePath}/:id/${action}`,
      {
        preHandler: fastify.requirePermission(spec.permission),
        schema: {
          tags: [spec.tag],
          summary: archive
            ? `Archive a ${spec.entity} (it leaves lists and coverage; history stays; If-Match)`
            : `Bring an archived ${spec.entity} back (If-Match)`,
          params: ZIdParams,
          response: {
            200: spec.dto,
            400: ZProblem,
            401: ZProblem,
            403: ZProblem,
            404: ZProblem,
            409: ZProblem,
            412: ZProblem,
            422: ZProblem,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id } = request.params as { id: string };
        const expected = expectedVersion(request);
        const row = await fastify.db.$transaction(async (tx) => {
          const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>(
            `SELECT id FROM "${spec.entity}" WHERE id = $1::uuid AND "organisationId" = $2::uuid FOR UPDATE`,
            id,
            actor.organisationId,
          );
          if (locked.length === 0) throw notFound(spec.entity);
          const where = { id, organisationId: actor.organisationId };
          const current = (await spec.delegate(tx).findFirst({ where, include: spec.include?.() })) as Row;
          if ((current.archivedAt !== null) === archive) return current;
          if (expected !== undefined && current.version !== expected) throw preconditionFailed();
          await spec.guard?.(tx, actor, current, archive);
          const updated = (await spec.delegate(tx).update({
            where: tenantKey(actor.organisationId, id),
            data: { archivedAt: archive ? new Date() : null, version: { increment: 1 } },
            include: spec.include?.(),
          })) as Row;
          await writeAudit(tx, actor, {
            entity: spec.entity,
            entityId: id,
            action,
            before: { archivedAt: current.archivedAt, version: current.version },
            after: { archivedAt: updated.archivedAt, version: updated.version },
          });
          return updated;
        });
        setEtag(reply, row.version);
        return spec.toDto(row);
      },
    );
  }
}
