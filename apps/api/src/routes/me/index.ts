import { ZAmbitionImpact } from '@teamspiegel/domain/api/ambition-impact';
import { ZValidationQueueItem, ZValidationQueueQuery } from '@teamspiegel/domain/api/area-levels';
import { ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import { ZPendingImpact } from '@teamspiegel/domain/api/pending-impact';
import { ZProfile, ZProfileUpdate } from '@teamspiegel/domain/api/profile';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { expectedVersion, pageArgs, setEtag } from '../../lib/http.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { activeMembershipWhere, teamIdsInScope } from '../../services/access.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { areaLevelDto } from '../area-levels/index.ts';
import { ambitionImpactOf, pendingImpact, validationImpact } from './pending-impact.ts';
import { loadProfile, ownEmployeeId, preconditionRequired, replaceProfile } from './profile-service.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/**
 * Self-service: the caller's own profile (any role whose login is linked to an employee record)
 * and, for managers and hr, the self-assessed levels waiting for their decision.
 */
export default async function meRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/me/profile',
    {
      preHandler: fastify.requirePermission('profile.own'),
      schema: {
        tags: ['me'],
        summary: 'Your own profile: levels, competencies, contacts, ambitions, roles and teams (ETag)',
        response: { 200: ZProfile, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const profile = await loadProfile(fastify.db, actor, ownEmployeeId(actor));
      setEtag(reply, profile.version);
      return profile;
    },
  );

  app.put(
    '/api/me/profile',
    {
      preHandler: fastify.requirePermission('profile.own'),
      schema: {
        tags: ['me'],
        summary:
          'Replace your levels (self-assessed), competencies, contacts and ambitions at once; needs If-Match or version',
        body: ZProfileUpdate,
        response: { 200: ZProfile, ...problems, 409: ZProblem, 412: ZProblem, 422: ZProblem, 428: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const employeeId = ownEmployeeId(actor);
      const expected = expectedVersion(request, request.body.version);
      if (expected === undefined) throw preconditionRequired();
      const profile = await fastify.db.$transaction(async (tx) => {
        await replaceProfile(tx, actor, employeeId, expected, request.body);
        return loadProfile(tx, actor, employeeId);
      });
      setEtag(reply, profile.version);
      return profile;
    },
  );

  app.get(
    '/api/me/pending-impact',
    {
      preHandler: fastify.requirePermission('profile.own'),
      schema: {
        tags: ['me'],
        summary:
          'Your levels waiting for validation and, per level, which requirements of your teams approving it would change (gaps it would close)',
        response: { 200: ZPendingImpact, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const employeeId = ownEmployeeId(actor);
      return pendingImpact(await coverageSnapshot(fastify.db, actor.organisationId), employeeId);
    },
  );

  app.get(
    '/api/me/ambition-impact',
    {
      preHandler: fastify.requirePermission('profile.own'),
      schema: {
        tags: ['me'],
        summary:
          'Your active ambitions and, per ambition, which gaps of your teams reaching its target level would close or narrow (validated figures)',
        response: { 200: ZAmbitionImpact, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const employeeId = ownEmployeeId(actor);
      const [snapshot, ambitions] = await Promise.all([
        coverageSnapshot(fastify.db, actor.organisationId),
        fastify.db.ambition.findMany({
          where: { organisationId: actor.organisationId, employeeId, status: 'active' },
          select: { id: true, area: true, targetLevel: true },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      ]);
      return ambitionImpactOf(snapshot, employeeId, ambitions);
    },
  );

  app.get(
    '/api/me/validation-queue',
    {
      preHandler: fastify.requirePermission('levels.validate'),
      schema: {
        tags: ['me'],
        summary: 'Current self-assessed levels of the people you may validate, oldest first (paginated)',
        querystring: ZValidationQueueQuery,
        response: { 200: ZPage(ZValidationQueueItem), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, teamId, area } = request.query;
      const teamIds = await teamIdsInScope(fastify.db, actor, 'levels.validate');
      // A team filter outside the caller's reach simply matches nobody.
      const shownTeamIds = teamId ? (teamIds ?? [teamId]).filter((id) => id === teamId) : teamIds;
      const people = shownTeamIds
        ? {
            organisationId: actor.organisationId,
            memberships: { some: { teamId: { in: shownTeamIds }, ...activeMembershipWhere() } },
          }
        : { organisationId: actor.organisationId };
      const where = {
        organisationId: actor.organisationId,
        isCurrent: true,
        status: 'self_assessed' as const,
        ...(area ? { area } : {}),
        employee: people,
        // Nobody validates their own level.
        ...(actor.employeeId ? { employeeId: { not: actor.employeeId } } : {}),
      };
      const [rows, total] = await Promise.all([
        fastify.db.areaLevel.findMany({
          where,
          include: { employee: { select: { id: true, firstName: true, lastName: true } } },
          orderBy: [{ validFrom: 'asc' }, { id: 'asc' }],
          ...pageArgs({ page, pageSize }),
        }),
        fastify.db.areaLevel.count({ where }),
      ]);
      // The rows each self-assessment replaced: closed exactly when the new one opened (one query).
      const replaced =
        rows.length === 0
          ? []
          : await fastify.db.areaLevel.findMany({
              where: {
                organisationId: actor.organisationId,
                OR: rows.map((row) => ({
                  employeeId: row.employeeId,
                  area: row.area,
                  validTo: row.validFrom,
                })),
              },
              select: { employeeId: true, area: true, level: true },
            });
      const previousOf = new Map(replaced.map((row) => [`${row.employeeId}:${row.area}`, row.level]));
      const snapshot = rows.length === 0 ? null : await coverageSnapshot(fastify.db, actor.organisationId);
      return {
        items: rows.map((row) => ({
          ...areaLevelDto(row),
          employee: row.employee,
          previousLevel: previousOf.get(`${row.employeeId}:${row.area}`) ?? null,
          impact: snapshot ? validationImpact(snapshot, row.employeeId, row.id, teamIds) : [],
        })),
        page,
        pageSize,
        total,
      };
    },
  );
}
