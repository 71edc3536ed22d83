import { developmentDemand, findCandidates, simulate, type TMemberInput } from '@teamspiegel/domain';
import { can } from '@teamspiegel/domain/access';
import { ZId, ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZCandidatesQuery,
  ZCandidateView,
  ZCoverageInclude,
  ZDevelopmentDemandQuery,
  ZDevelopmentDemandView,
  ZOrganisationCoverageQuery,
  ZOrganisationCoverageView,
  ZSimulateBody,
  ZSimulationView,
  ZTeamCoverageView,
} from '@teamspiegel/domain/api/coverage';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/problem.ts';
import { type Actor, actorOf } from '../../plugins/app/auth.ts';
import { teamIdsInScope } from '../../services/access.ts';
import {
  coverageChange,
  prepareCoverageChange,
  previousMonthAlongside,
} from '../../services/coverage-change.ts';
import { organisationCoverageBytes } from '../../services/coverage-matrix-items.ts';
import { ResponseCache } from '../../services/coverage-response-cache.ts';
import { coverageScope, mayReadTeamCoverage, trendScope } from '../../services/coverage-scope.ts';
import { siteScope } from '../../services/coverage-site-views.ts';
import {
  type CoverageSnapshot,
  coverageSnapshot,
  snapshotAtLeast,
} from '../../services/coverage-snapshot.ts';
import {
  organisationCoverage,
  organisationCoverageView,
  overdueFilter,
  pendingInTeams,
  reassessmentInfo,
  requirementViews,
  teamCoverageView,
  type Viewer,
} from '../../services/coverage-views.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** Aggregate-only viewers see counts, never other people's names. */
function viewerOf(actor: Actor): Viewer {
  return {
    anonymised: !can(actor.role, 'coverage.read.named'),
    selfEmployeeId: actor.employeeId,
  };
}

function sendJson(reply: FastifyReply, json: Buffer) {
  // A Buffer payload skips the serializer: the schema documents the shape, the cache holds the bytes.
  return reply.type('application/json; charset=utf-8').send(json);
}

export default async function coverageRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const responses = new ResponseCache(500);
  const answer = (
    actor: Actor,
    version: number,
    key: string,
    build: () => Promise<string | Buffer> | string | Buffer,
  ) => responses.getOrBuild(actor.organisationId, version, key, async () => build());

  app.get(
    '/api/teams/:id/coverage',
    {
      preHandler: fastify.requirePermission('coverage.read.named', 'coverage.read.anonymous'),
      schema: {
        tags: ['coverage'],
        summary:
          "A team's coverage per requirement: supply, gap, status, suppliers, pipeline and projection (employees and trainers see aggregates)",
        params: ZIdParams,
        querystring: ZCoverageInclude,
        response: { 200: ZTeamCoverageView, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const includePending = request.query.include === 'pending';
      const excludeOverdue = request.query.overdue === 'exclude';
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      const teamId = request.params.id;
      if (!snapshot.teams.has(teamId)) throw notFound('Team');
      if (!(await mayReadTeamCoverage(fastify.db, actor, teamId))) throw notFound('Team');
      const viewer = viewerOf(actor);
      const key = `team:${actor.organisationId}:${snapshot.dataVersion}:${snapshot.reassessmentMonths}:${teamId}:${includePending}:${excludeOverdue}:${viewer.anonymised ? `anon:${viewer.selfEmployeeId}` : 'named'}`;
      const json = await answer(actor, snapshot.dataVersion, key, () => {
        const overdue = overdueFilter(snapshot);
        const view = teamCoverageView(
          snapshot,
          teamId,
          viewer,
          includePending,
          excludeOverdue ? overdue : null,
        );
        return JSON.stringify(
          view && { ...view, ...reassessmentInfo(snapshot, [teamId], overdue, excludeOverdue) },
        );
      });
      return sendJson(reply, json);
    },
  );

  app.get(
    '/api/organisation/coverage',
    {
      preHandler: fastify.requirePermission('coverage.read.overview'),
      schema: {
        tags: ['coverage'],
        summary:
          'Teams × the 8 coverage areas and the certificate columns with status and severity, the most severe gaps ranked, and totals per area and site',
        querystring: ZOrganisationCoverageQuery,
        response: { 200: ZOrganisationCoverageView, ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const query = request.query;
      const withChange = can(actor.role, 'coverage.trend');
      // With the change tile, last month's point is read in the snapshot patch's own statement.
      const alongside = withChange ? previousMonthAlongside : undefined;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId, alongside);
      if (query.siteId && !snapshot.sites.has(query.siteId)) throw notFound('Site');
      const scopeKey = can(actor.role, 'coverage.read.overview', 'organisation')
        ? 'all'
        : `member:${actor.memberId}`;
      const included = query.include === 'pending';
      const excludeOverdue = query.overdue === 'exclude';
      // The change since last month depends on the month as well as on the data.
      const month = new Date().toISOString().slice(0, 7);
      // The snapshot is patched in place by later writes while a build awaits the database: the
      // answer is labelled with the version it was built at, so its figures are never older than its label.
      const buildView = async (current: CoverageSnapshot) => {
        const version = current.dataVersion;
        if (query.siteId && !current.sites.has(query.siteId)) throw notFound('Site');
        // The scope is part of the key (the actor's teams change only with a new dataVersion).
        const scope = await coverageScope(fastify.db, actor, current, query.siteId);
        const overdue = overdueFilter(current);
        const coverage = organisationCoverage(
          current,
          scope.teamIds,
          included,
          excludeOverdue ? overdue : null,
        );
        // The trend counts validated levels only, overdue or not: the change compares like with like.
        const validatedCoverage =
          included || excludeOverdue ? organisationCoverage(current, scope.teamIds, false) : coverage;
        const change = withChange
          ? await coverageChange(fastify.db, current, {
              teamIds: await trendScope(fastify.db, actor, current, query.siteId, scope),
              currentCoverage: validatedCoverage.teams,
            })
          : null;
        return organisationCoverageBytes({
          ...organisationCoverageView(
            current,
            coverage,
            { ...query, siteId: query.siteId ?? null },
            scope.siteTeamCounts,
            { changes: pendingInTeams(current, scope.teamIds), included },
            change,
            siteScope(actor, scope.siteTeamCounts),
            version,
          ),
          ...reassessmentInfo(current, scope.teamIds, overdue, excludeOverdue),
        });
      };
      // Last month's point brought to this version here, beside the builds, not inside one: a build
      // then waits for no database, and the readers queued for it wait for its computation only.
      // (Usually already there: it followed the snapshot's patch.)
      if (withChange) await prepareCoverageChange(fastify.db, snapshot);
      // One query of one organisation, at any version: its builds follow each other, and readers
      // that arrive during one share the next, built at least at every such reader's version
      // (the snapshot in memory already is: each brought it there before queueing).
      const slot = `org:${actor.organisationId}:${month}:${scopeKey}:${query.siteId ?? ''}:${query.page}:${query.pageSize}:${query.rankingLimit}:${query.sort}:${included}:${excludeOverdue}:${withChange}`;
      const json = await responses.latest(actor.organisationId, slot, snapshot, {
        key: (current) => `${slot}:${current.dataVersion}:${current.reassessmentMonths}`,
        snapshotNow: (atLeast) => snapshotAtLeast(fastify.db, actor.organisationId, atLeast, alongside),
        build: buildView,
      });
      return sendJson(reply, json);
    },
  );

  app.post(
    '/api/teams/:id/simulate',
    {
      preHandler: fastify.requirePermission('coverage.simulate'),
      schema: {
        tags: ['coverage'],
        summary:
          'What-if: apply changes (a member leaves or joins, reaches a level, a requirement changes) and compare coverage; nothing is saved',
        params: ZIdParams,
        body: ZSimulateBody,
        response: { 200: ZSimulationView, ...problems, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      const team = snapshot.teams.get(request.params.id);
      if (!team) throw notFound('Team');
      const simulable = await teamIdsInScope(fastify.db, actor, 'coverage.simulate');
      if (simulable && !simulable.includes(team.teamId)) {
        throw notFound('Team');
      }
      const result = simulate(team, request.body.changes as Parameters<typeof simulate>[1], snapshot.roles);
      const viewer = viewerOf(actor);
      return {
        before: requirementViews(snapshot, result.before.requirements, viewer),
        after: requirementViews(snapshot, result.after.requirements, viewer),
        beforeSummary: result.before.summary,
        afterSummary: result.after.summary,
        differences: result.differences,
      };
    },
  );

  app.get(
    '/api/candidates',
    {
      preHandler: fastify.requirePermission('candidates.read'),
      schema: {
        tags: ['coverage'],
        summary:
          'Who could close a gap in an area at a level: planned actions and ambitions first, then people one level below',
        querystring: ZCandidatesQuery,
        response: { 200: ZPage(ZCandidateView), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { area, minLevel, teamId, page, pageSize } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      if (teamId && !snapshot.teams.has(teamId)) throw notFound('Team');
      let pool: TMemberInput[];
      const inScope = await teamIdsInScope(fastify.db, actor, 'candidates.read');
      const restrictTo = inScope ? new Set(inScope) : null;
      if (teamId && restrictTo && !restrictTo.has(teamId)) throw notFound('Team');
      if (teamId || restrictTo) {
        const teamIds = teamId ? [teamId] : [...(restrictTo ?? [])];
        const unique = new Map<string, TMemberInput>();
        for (const id of teamIds) {
          for (const member of snapshot.teams.get(id)?.members ?? []) unique.set(member.employeeId, member);
        }
        pool = [...unique.values()];
      } else {
        pool = [...snapshot.members.values()];
      }
      const candidates = findCandidates({ members: pool, area, minLevel });
      const start = (page - 1) * pageSize;
      const teamName = (id: string) => snapshot.teams.get(id)?.name ?? '';
      return {
        items: candidates.slice(start, start + pageSize).map((candidate) => {
          const person = snapshot.people.get(candidate.employeeId);
          return {
            ...candidate,
            name: person?.name ?? '',
            teams: (person?.teamIds ?? []).map((id) => ({ id, name: teamName(id) })),
          };
        }),
        page,
        pageSize,
        total: candidates.length,
      };
    },
  );

  app.get(
    '/api/development-demand',
    {
      preHandler: fastify.requirePermission('demand.read'),
      schema: {
        tags: ['coverage'],
        summary:
          'Aggregate development demand (counts of people per area, level and action type); for trainers small groups are combined per area and level, then per area (rule 14)',
        querystring: ZDevelopmentDemandQuery,
        response: { 200: ZDevelopmentDemandView, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      const { siteId, from, until } = request.query;
      if (siteId && !snapshot.sites.has(siteId)) throw notFound('Site');
      let members: TMemberInput[];
      if (siteId) {
        const unique = new Map<string, TMemberInput>();
        for (const team of snapshot.teams.values()) {
          if (team.siteId !== siteId) continue;
          for (const member of team.members) unique.set(member.employeeId, member);
        }
        members = [...unique.values()];
      } else {
        members = [...snapshot.members.values()];
      }
      // Training institutes see no cell small enough to point at a person.
      // Who may not see named coverage gets small cells suppressed.
      const minCellSize = can(actor.role, 'coverage.read.named') ? 1 : 3;
      const demand = developmentDemand({ members, from, until, minCellSize });
      return { ...demand, dataVersion: snapshot.dataVersion, minCellSize };
    },
  );

  app.get(
    '/api/session/ping',
    {
      preHandler: fastify.requirePermission('session.use'),
      schema: {
        tags: ['health'],
        summary: 'Authenticated round trip with one trivial query (the benchmark floor)',
        response: { 200: z.object({ ok: z.literal(true), organisationId: ZId }), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await fastify.db.$queryRaw`SELECT 1`;
      return { ok: true as const, organisationId: actor.organisationId };
    },
  );
}
