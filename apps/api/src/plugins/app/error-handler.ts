import { isDomainError } from '@teamspiegel/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import {
  type FieldError,
  PROBLEM_CONTENT_TYPE,
  type ProblemBody,
  ProblemError,
  problemType,
} from '../../lib/problem.ts';

type PrismaKnownError = { name: string; code: string; meta?: Record<string, unknown> };

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: string }).name === 'PrismaClientKnownRequestError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

function zodIssuesToFieldErrors(issues: ZodError['issues'], prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** Maps every error to an RFC 9457 problem; 5xx details are logged, never sent. */
export function toProblem(error: unknown, request: FastifyRequest): { body: ProblemBody; cause?: unknown } {
  const instance = request.url;
  const make = (status: number, code: string, title: string, detail?: string, errors?: FieldError[]) => {
    const body: ProblemBody = { type: problemType(code), title, status, code, instance };
    if (detail) body.detail = detail;
    if (errors && errors.length > 0) body.errors = errors;
    return { body };
  };

  if (error instanceof ProblemError) {
    return make(error.status, error.code, error.title, error.detail, error.errors);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const errors = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return {
        path: [context, path].filter(Boolean).join('.'),
        message: issue.message ?? 'Invalid value',
        code: issue.keyword,
      };
    });
    return make(400, 'validation_failed', 'Bad request', 'The request is invalid; see errors.', errors);
  }
  if (error instanceof ZodError) {
    return make(
      400,
      'validation_failed',
      'Bad request',
      'The request is invalid; see errors.',
      zodIssuesToFieldErrors(error.issues),
    );
  }
  if (isDomainError(error)) {
    // Well-formed but inconsistent input to the gap engine (e.g. an unknown employee in a what-if).
    return make(422, error.code, 'Unprocessable content', error.message);
  }
  if (isResponseSerializationError(error)) {
    return { ...make(500, 'internal_error', 'Internal server error'), cause: error };
  }
  if (isPrismaKnownError(error)) {
    switch (error.code) {
      case 'P2002':
        return make(409, 'conflict_unique', 'Conflict', 'A record with these values already exists.');
      case 'P2003':
      case 'P2014':
        return make(
          422,
          'invalid_reference',
          'Unprocessable content',
          'A referenced record does not exist in your organisation, or is still in use.',
        );
      case 'P2025':
        return make(404, 'not_found', 'Not found', 'Record not found');
      default:
        return { ...make(500, 'internal_error', 'Internal server error'), cause: error };
    }
  }
  const fastifyError = error as FastifyError;
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status === 429) {
    return make(429, 'rate_limited', 'Too many requests', 'Too many requests; try again later.');
  }
  if (status === 413) {
    return make(413, 'payload_too_large', 'Payload too large', 'The request body is too large.');
  }
  if (status === 415) {
    return make(415, 'unsupported_media_type', 'Unsupported media type', fastifyError.message);
  }
  if (status === 401) {
    return make(
      401,
      'unauthorized',
      'Unauthorized',
      'Sign in again: your access token is missing or invalid.',
    );
  }
  if (status >= 400 && status < 500) {
    return make(status, 'bad_request', 'Bad request', fastifyError.message);
  }
  return { ...make(500, 'internal_error', 'Internal server error'), cause: error };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody) {
  return reply.status(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

export default fp(
  async (fastify: FastifyInstance) => {
    fastify.setErrorHandler((error, request, reply) => {
      const { body, cause } = toProblem(error, request);
      if (body.status >= 500) {
        request.log.error({ err: cause ?? error }, 'request failed');
      } else {
        request.log.info({ code: body.code, status: body.status }, 'request refused');
      }
      if (body.status === 429) {
        const retryAfter = reply.getHeader('retry-after');
        if (retryAfter !== undefined) reply.header('retry-after', retryAfter);
      }
      return sendProblem(reply, body);
    });

    fastify.setNotFoundHandler((request, reply) =>
      sendProblem(reply, {
        type: problemType('route_not_found'),
        title: 'Not found',
        status: 404,
        code: 'route_not_found',
        detail: `No route ${request.method} ${request.url.split('?')[0]}`,
      }),
    );
  },
  { name: 'error-handler' },
);
