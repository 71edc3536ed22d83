import {
  ZOwnCertificateCreate,
  ZPersonCertificate,
  ZPersonCertificateCreate,
  ZPersonCertificateListQuery,
} from '@teamspiegel/domain/api/certificates';
import { ZIdParams, ZPage, ZProblem } from '@teamspiegel/domain/api/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pageArgs } from '../../lib/http.ts';
import { forbidden, notFound } from '../../lib/problem.ts';
import { actorOf } from '../../plugins/app/auth.ts';
import {
  personCertificateDto,
  recordCertificate,
  todayIso,
  validateCertificate,
} from '../../services/certificates.ts';
import {
  assertMayWriteFor,
  assertMayWriteForReferenced,
  ownedByVisibleEmployee,
} from '../../services/people-writes.ts';
import { ownEmployeeId } from '../me/profile-service.ts';

const problems = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
const include = { certificateType: true } as const;

/** Nobody validates their own certificate: that is someone else's judgement, as with levels. */
function assertNotOwn(actor: { employeeId: string | null }, employeeId: string) {
  if (actor.employeeId === employeeId) {
    throw forbidden('You cannot record or validate your own certificate; submit it for validation.');
  }
}

/**
 * People's certificates (issue 14), with history: a renewal is a new row. Read like levels (board
 * and hr everyone, a manager their team members, an employee her own); hr and managers (their team
 * members) record validated certificates and validate submitted ones; everyone submits her own.
 */
export default async function personCertificateRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/person-certificates',
    {
      preHandler: fastify.requirePermission('people.read.personal'),
      schema: {
        tags: ['certificates'],
        summary: "List people's certificates, newest first, with their status today (paginated)",
        querystring: ZPersonCertificateListQuery,
        response: { 200: ZPage(ZPersonCertificate), ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { employeeId, certificateTypeId, validation, warningDays, page, pageSize } = request.query;
      const and: Record<string, unknown>[] = [await ownedByVisibleEmployee(fastify.db, actor)];
      if (employeeId) and.push({ employeeId });
      if (certificateTypeId) and.push({ certificateTypeId });
      if (validation) and.push({ status: validation });
      const where = { AND: and };
      const [rows, total] = await Promise.all([
        fastify.db.personCertificate.findMany({
          where,
          include,
          orderBy: [{ employeeId: 'asc' }, { obtainedOn: 'desc' }, { id: 'asc' }],
          ...pageArgs({ page, pageSize }),
        }),
        fastify.db.personCertificate.count({ where }),
      ]);
      const today = todayIso();
      return {
        items: rows.map((row) => personCertificateDto(row, today, warningDays)),
        page,
        pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/person-certificates/:id',
    {
      preHandler: fastify.requirePermission('people.read.personal'),
      schema: {
        tags: ['certificates'],
        summary: "One person's certificate, with its status today",
        params: ZIdParams,
        response: { 200: ZPersonCertificate, ...problems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const visible = await ownedByVisibleEmployee(fastify.db, actor);
      const row = await fastify.db.personCertificate.findFirst({
        where: { AND: [visible, { id: request.params.id }] },
        include,
      });
      if (!row) throw notFound('PersonCertificate');
      return personCertificateDto(row, todayIso());
    },
  );

  app.post(
    '/api/person-certificates',
    {
      preHandler: fastify.requirePermission('certificates.record'),
      schema: {
        tags: ['certificates'],
        summary: "Record a person's certificate (validated; a renewal is a new row)",
        body: ZPersonCertificateCreate,
        response: { 201: ZPersonCertificate, ...problems, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { employeeId, ...body } = request.body;
      await assertMayWriteForReferenced(fastify.db, actor, employeeId, 'certificates.record');
      assertNotOwn(actor, employeeId);
      const row = await fastify.db.$transaction((tx) => recordCertificate(tx, actor, employeeId, body, true));
      reply.status(201);
      return personCertificateDto(row, todayIso());
    },
  );

  app.post(
    '/api/person-certificates/:id/validate',
    {
      preHandler: fastify.requirePermission('certificates.record'),
      schema: {
        tags: ['certificates'],
        summary: 'Validate a submitted certificate: from now on it counts in coverage',
        params: ZIdParams,
        response: { 200: ZPersonCertificate, ...problems, 409: ZProblem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const visible = await ownedByVisibleEmployee(fastify.db, actor);
      const row = await fastify.db.$transaction((tx) =>
        validateCertificate(tx, actor, request.params.id, visible, async (employeeId) => {
          await assertMayWriteFor(tx, actor, employeeId, 'certificates.record');
          assertNotOwn(actor, employeeId);
        }),
      );
      return personCertificateDto(row, todayIso());
    },
  );

  app.post(
    '/api/me/certificates',
    {
      preHandler: fastify.requirePermission('certificates.submit'),
      schema: {
        tags: ['certificates'],
        summary: 'Submit one of your own certificates for validation (pending until validated)',
        body: ZOwnCertificateCreate,
        response: { 201: ZPersonCertificate, ...problems, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const employeeId = ownEmployeeId(actor);
      const row = await fastify.db.$transaction((tx) =>
        recordCertificate(tx, actor, employeeId, request.body, false),
      );
      reply.status(201);
      return personCertificateDto(row, todayIso());
    },
  );
}
