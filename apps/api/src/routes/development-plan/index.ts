import { mergeRanking } from '@teamspiegel/domain';
import { ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import {
  ZPlanGap,
  ZPlanGapQuery,
  ZPlanGapRequest,
  ZPlanGapResult,
  ZTrainingBudget,
  ZTrainingBudgetExportQuery,
  ZTrainingBudgetQuery,
} from '@teamspiegel/domain/api/development-plan';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedFileName, sendDownload } from '../../lib/download.ts';
import { notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { coverageScope } from '../../services/coverage-scope.ts';
import { siteScope } from '../../services/coverage-site-views.ts';
import { coverageSnapshot } from '../../services/coverage-snapshot.ts';
import { renderTables } from '../../services/export/coverage-export.ts';
import { developmentActionDto } from '../development-actions/index.ts';
import { budgetFor, budgetTable } from './budget.ts';
import { planFromGap } from './plan-gap.ts';
import { planGaps } from './service.ts';
import { planSiteGaps } from './site-gaps.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** The development plan's gap table, computed here so the web page only shows it. */
export default async function developmentPlanRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/development-plan/gaps',
    {
      preHandler: fastify.requirePermission('development.gaps'),
      schema: {
        tags: ['development-plan'],
        summary:
          "The gaps the overview counts (every kind, and the sites' certificate requirements without a team), most severe first, with the open actions already aimed at each and the suggested next step",
        querystring: ZPlanGapQuery,
        response: { 200: ZPage(ZPlanGap), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { siteId, teamId, area, level, requirementId, page, pageSize } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      if (teamId && !snapshot.teams.has(teamId)) throw notFound('Team');
      const scope = await coverageScope(fastify.db, actor, snapshot, siteId);
      const teamIds = teamId ? scope.teamIds.filter((id) => id === teamId) : scope.teamIds;
      // Rule 18: the sites' certificate gaps, scoped as the overview's site requirements; they have no team.
      const siteGaps = teamId
        ? []
        : await planSiteGaps(
            fastify.db,
            snapshot,
            siteScope(actor, scope.siteTeamCounts),
            siteId ?? null,
            scope.teamIds,
          );
      const teamGaps = await planGaps(fastify.db, snapshot, teamIds);
      const all = mergeRanking(teamGaps, siteGaps).filter(
        (gap) =>
          (!area || gap.area === area) &&
          (!level || gap.minLevel === level) &&
          (!requirementId || gap.requirementId === requirementId),
      );
      const start = (page - 1) * pageSize;
      return { items: all.slice(start, start + pageSize), page, pageSize, total: all.length };
    },
  );

  app.post(
    '/api/development-plan/gaps/plan',
    {
      preHandler: fastify.requirePermission('development.manage'),
      schema: {
        tags: ['development-plan'],
        summary:
          "Plan a gap's next step in one click — a team's, or a site's certificate gap with siteId (idempotent: a second click answers 200 with the action already planned)",
        body: ZPlanGapRequest,
        response: { 200: ZPlanGapResult, 201: ZPlanGapResult, ...problems, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const { row, created } = await planFromGap(fastify.db, actorOf(request), request.body);
      reply.status(created ? 201 : 200);
      return { action: developmentActionDto(row), created };
    },
  );

  app.get(
    '/api/development-plan/budget',
    {
      preHandler: fastify.requirePermission('development.budget'),
      schema: {
        tags: ['development-plan'],
        summary:
          'The training budget: costs of the development actions that are not cancelled, per year, site and team',
        querystring: ZTrainingBudgetQuery,
        response: { 200: ZTrainingBudget, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      return budgetFor(fastify.db, actor, snapshot, request.query);
    },
  );

  app.get(
    '/api/development-plan/budget/export',
    {
      preHandler: fastify.requirePermission('development.budget'),
      schema: {
        tags: ['development-plan'],
        summary: 'Download the training budget as XLSX or CSV (a row per team, with site and year totals)',
        querystring: ZTrainingBudgetExportQuery,
        response: { 200: z.any(), ...problems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { format, locale, ...query } = request.query;
      const snapshot = await coverageSnapshot(fastify.db, actor.organisationId);
      const budget = await budgetFor(fastify.db, actor, snapshot, query);
      const file = await renderTables([budgetTable(budget, locale)], format);
      const name = [locale === 'nl' ? 'opleidingsbudget' : 'training-budget', query.year]
        .filter(Boolean)
        .join('-');
      return sendDownload(reply, {
        body: file.body,
        contentType: file.contentType,
        fileName: datedFileName(name, file.extension),
      });
    },
  );
}
