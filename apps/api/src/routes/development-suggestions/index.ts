import { ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import { ZDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import {
  ZDevelopmentSuggestion,
  ZDevelopmentSuggestionAccept,
  ZDevelopmentSuggestionQuery,
} from '@teamspiegel/domain/api/development-suggestions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../lib/audit.ts';
import { parseDate } from '../../lib/http.ts';
import { conflict, notFound, unprocessable } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { developmentActionDto } from '../development-actions/index.ts';
import { developmentSuggestions, suggestionId, suggestionTitle } from './service.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

const invalidReference = (path: string, detail: string) =>
  unprocessable('invalid_reference', detail, [{ path: `body.${path}`, message: detail }]);

/**
 * Development planning: suggestions per gap (hr, board) and accepting one into a development
 * action (hr). Completing that action later raises the level (routes/development-actions).
 */
export default async function developmentSuggestionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/development-suggestions',
    {
      preHandler: fastify.requirePermission('development.suggestions'),
      schema: {
        tags: ['development-suggestions'],
        summary:
          'Suggested coaching, training or hiring per uncovered area requirement, most severe gap first (paginated)',
        querystring: ZDevelopmentSuggestionQuery,
        response: { 200: ZPage(ZDevelopmentSuggestion), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { siteId, teamId, page, pageSize } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      if (siteId && !snapshot.sites.has(siteId)) throw notFound('Site');
      if (teamId && !snapshot.teams.has(teamId)) throw notFound('Team');
      let teamIds = teamId ? [teamId] : [...snapshot.teams.keys()];
      if (siteId) teamIds = teamIds.filter((id) => snapshot.teams.get(id)?.siteId === siteId);
      const all = await developmentSuggestions(fastify.db, snapshot, teamIds);
      const start = (page - 1) * pageSize;
      return { items: all.slice(start, start + pageSize), page, pageSize, total: all.length };
    },
  );

  app.post(
    '/api/development-suggestions/accept',
    {
      preHandler: fastify.requirePermission('development.manage'),
      schema: {
        tags: ['development-suggestions'],
        summary: 'Accept a suggestion: creates the planned development action (with a Dutch title)',
        body: ZDevelopmentSuggestionAccept,
        response: { 201: ZDevelopmentAction, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = request.body;
      const organisationId = actor.organisationId;
      const employeeId = body.employeeId ?? null;
      if (body.type === 'werving' && employeeId) {
        throw unprocessable('employee_not_allowed', 'A hiring action (werving) has no employee.', [
          { path: 'body.employeeId', message: 'Must be empty for werving' },
        ]);
      }
      if (body.type !== 'werving' && !employeeId) {
        throw unprocessable('employee_required', 'This type of action needs an employee.', [
          { path: 'body.employeeId', message: 'Required unless the type is werving' },
        ]);
      }

      const row = await fastify.db.$transaction(async (tx) => {
        const [team, requirement, employee] = await Promise.all([
          tx.team.findFirst({ where: { organisationId, id: body.teamId }, select: { id: true, name: true } }),
          tx.teamRequirement.findFirst({
            where: { organisationId, id: body.requirementId, teamId: body.teamId },
            select: { id: true, kind: true, area: true },
          }),
          employeeId
            ? tx.employee.findFirst({
                where: { organisationId, id: employeeId, active: true, erasedAt: null },
                select: { id: true, firstName: true, lastName: true },
              })
            : Promise.resolve(null),
        ]);
        if (!team) throw invalidReference('teamId', 'The team does not exist in your organisation.');
        if (!requirement) throw invalidReference('requirementId', 'The requirement is not one of this team.');
        if (requirement.kind !== 'area' || requirement.area !== body.area) {
          throw unprocessable('suggestion_mismatch', 'The area does not match the requirement.', [
            { path: 'body.area', message: 'Must be the requirement’s area' },
          ]);
        }
        if (employeeId && !employee) {
          throw invalidReference('employeeId', 'The employee does not exist or is no longer active.');
        }
        if (employeeId) {
          const open = await tx.developmentAction.findFirst({
            where: {
              organisationId,
              employeeId,
              area: body.area,
              targetLevel: body.targetLevel,
              status: { in: ['planned', 'in_progress'] },
            },
            select: { id: true },
          });
          if (open) {
            throw conflict(
              'action_already_open',
              'An open development action already targets this person, area and level.',
            );
          }
        }
        const employeeName = employee ? `${employee.firstName} ${employee.lastName}` : null;
        const created = await tx.developmentAction.create({
          data: {
            organisationId,
            type: body.type,
            title: suggestionTitle({
              type: body.type,
              area: body.area,
              targetLevel: body.targetLevel,
              employeeName,
              teamName: team.name,
            }).slice(0, 300),
            employeeId,
            teamId: team.id,
            area: body.area,
            targetLevel: body.targetLevel,
            provider: body.provider ?? null,
            expectedEndDate: parseDate(body.expectedEndDate) ?? null,
            costCents: body.costCents ?? null,
            status: 'planned',
            createdByUserId: actor.userId,
          },
          include: { employee: { select: { firstName: true, lastName: true } } },
        });
        await writeAudit(tx, actor, {
          entity: 'DevelopmentAction',
          entityId: created.id,
          action: 'create',
          after: {
            ...created,
            employee: undefined,
            source: 'suggestion',
            suggestionId: suggestionId(body.teamId, body.requirementId, employeeId, body.type),
            requirementId: body.requirementId,
          },
        });
        return created;
      });
      reply.status(201);
      return developmentActionDto(row);
    },
  );
}
