import { ZIdParams, ZProblem } from '@teamspiegel/domain/api/common';
import { ZEmployeeDeactivate, ZEmployeeDeactivation } from '@teamspiegel/domain/api/employees';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { expectedVersion, parseDate, setEtag, startOfUtcDay } from '../../lib/http.ts';
import { notFound } from '../../lib/problem.ts';
import { tenantKey } from '../../lib/tenant-key.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import { visibleEmployeeWhere } from '../../services/access.ts';
import { deactivateEmployee } from '../../services/people-admin.ts';
import { employeeDto, employeeInclude } from './dto.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** POST /api/employees/:id/deactivate: a leaver, in one transaction (see services/people-admin.ts). */
export default async function deactivateRoute(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/employees/:id/deactivate',
    {
      preHandler: fastify.requirePermission('people.manage'),
      schema: {
        tags: ['employees'],
        summary:
          'Deactivate a leaver from a date: ends her memberships, role assignments and open development actions, keeps her levels (send If-Match)',
        params: ZIdParams,
        body: ZEmployeeDeactivate,
        response: { 200: ZEmployeeDeactivation, ...problems, 409: ZProblem, 412: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const expected = expectedVersion(request, request.body.version);
      const scope = await visibleEmployeeWhere(fastify.db, actor, 'people.manage');
      const result = await fastify.db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Employee" WHERE id = ${id}::uuid AND "organisationId" = ${actor.organisationId}::uuid FOR UPDATE`;
        const visible = await tx.employee.findFirst({
          where: { AND: [scope, { id }] },
          select: { id: true },
        });
        if (!visible) throw notFound('Employee');
        const counts = await deactivateEmployee(tx, actor, {
          employeeId: id,
          date: parseDate(request.body.date),
          expectedVersion: expected,
          today: startOfUtcDay(),
        });
        const employee = await tx.employee.findUniqueOrThrow({
          where: tenantKey(actor.organisationId, id),
          include: employeeInclude(),
        });
        return { ...counts, employee };
      });
      setEtag(reply, result.employee.version);
      return {
        employee: employeeDto(result.employee),
        membershipsEnded: result.membershipsEnded,
        actionsCancelled: result.actionsCancelled,
        roleAssignmentsEnded: result.roleAssignmentsEnded,
      };
    },
  );
}
