import http from 'node:http';
import type { Socket } from 'node:net';
import { isDomainError } from '@teamspiegel/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { classifyDatabaseError } from '../../lib/database-errors.ts';
import {
  type FieldError,
  PROBLEM_CONTENT_TYPE,
  type ProblemBody,
  ProblemError,
  problemType,
} from '../../lib/problem.ts';

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Errors Fastify and its plugins raise before a handler runs (body, content type, URL, upload):
 * one stable code each. The request was not read to its end, so the connection closes after them.
 */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; title: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', title: 'Payload too large' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'payload_too_large', title: 'Payload too large' },
  FST_PARTS_LIMIT: { status: 413, code: 'payload_too_large', title: 'Payload too large' },
  FST_FILES_LIMIT: { status: 413, code: 'payload_too_large', title: 'Payload too large' },
  FST_FIELDS_LIMIT: { status: 413, code: 'payload_too_large', title: 'Payload too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    title: 'Unsupported media type',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    title: 'Unsupported media type',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', title: 'Bad request' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', title: 'Bad request' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length', title: 'Bad request' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', title: 'URI too long' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url', title: 'Bad request' },
  FST_PROTO_VIOLATION: { status: 400, code: 'malformed_multipart', title: 'Bad request' },
  FST_MP_PREMATURE_CLOSE: { status: 400, code: 'malformed_multipart', title: 'Bad request' },
  FST_INVALID_JSON_FIELD_ERROR: { status: 400, code: 'malformed_multipart', title: 'Bad request' },
};

/** The problem, plus what the reply needs beside the body. */
export type MappedProblem = {
  body: ProblemBody;
  cause?: unknown;
  retryAfterSeconds?: number;
  closeConnection?: boolean;
};

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
export function toProblem(error: unknown, request: FastifyRequest): MappedProblem {
  const instance = request.url.length > 200 ? undefined : request.url;
  const make = (status: number, code: string, title: string, detail?: string, errors?: FieldError[]) => {
    const body: ProblemBody = { type: problemType(code), title, status, code };
    if (instance) body.instance = instance;
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
  const databaseFailure = classifyDatabaseError(error);
  if (databaseFailure === 'unavailable') {
    return {
      ...make(
        503,
        'database_unavailable',
        'Service unavailable',
        'The database is not reachable; try again shortly.',
      ),
      cause: error,
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  if (databaseFailure === 'invalid_data') {
    return make(
      400,
      'invalid_value',
      'Bad request',
      'A value in the request cannot be stored or searched for.',
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
      // A transaction that could not start or finish in time: every connection was busy (overload),
      // not a fault in the request. Say so, and when to come back, instead of a 500.
      case 'P2028':
        return {
          ...make(503, 'database_busy', 'Service unavailable', 'The database is busy; try again shortly.'),
          cause: error,
          retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
        };
      // Two writers met (a write conflict or a deadlock): nothing was written; the request may be sent again.
      case 'P2034':
        return make(
          409,
          'write_conflict',
          'Conflict',
          'Another change got in the way; nothing was saved. Try again.',
        );
      default:
        return { ...make(500, 'internal_error', 'Internal server error'), cause: error };
    }
  }
  const fastifyError = error as FastifyError;
  const framework = typeof fastifyError.code === 'string' ? FRAMEWORK_ERRORS[fastifyError.code] : undefined;
  if (framework) {
    return {
      ...make(framework.status, framework.code, framework.title, fastifyError.message.slice(0, 200)),
      closeConnection: true,
    };
  }
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
    return make(status, 'bad_request', http.STATUS_CODES[status] ?? 'Bad request', fastifyError.message);
  }
  return { ...make(500, 'internal_error', 'Internal server error'), cause: error };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody) {
  return reply.status(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

/** Sends a mapped problem with its headers (Retry-After, Connection: close) and logs it. */
function replyWithProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { body, cause, retryAfterSeconds, closeConnection } = toProblem(error, request);
  if (body.code === 'database_unavailable') {
    request.log.warn({ code: body.code, err: cause }, 'database unavailable');
  } else if (body.status >= 500) {
    request.log.error({ err: cause ?? error }, 'request failed');
  } else {
    request.log.info({ code: body.code, status: body.status }, 'request refused');
  }
  if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
  if (closeConnection) reply.header('connection', 'close');
  return sendProblem(reply, body);
}

/**
 * Fastify's `frameworkErrors` option: URL errors found by the router before any route or hook
 * (a path parameter over maxParamLength → 414, a malformed URL → 400) as problem+json too.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  replyWithProblem(error, request, reply);
}

const CLIENT_ERRORS: Record<string, { status: number; code: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout' },
  ERR_HTTP_HEADERS_TIMEOUT: { status: 408, code: 'request_timeout' },
};

/**
 * Fastify's `clientErrorHandler` option: requests Node's HTTP parser refuses (headers too large,
 * malformed request line, timeouts) never reach Fastify. Answer them as problem+json and close the
 * socket cleanly (Connection: close, then end) instead of Node's bare 400.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = error.code ? CLIENT_ERRORS[error.code] : undefined;
  const status = known?.status ?? 400;
  const code = known?.code ?? 'malformed_request';
  const title = http.STATUS_CODES[status] ?? 'Bad request';
  const body = JSON.stringify({ type: problemType(code), title, status, code } satisfies ProblemBody);
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nConnection: close\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  } else {
    socket.destroy();
  }
}

export default fp(
  async (fastify: FastifyInstance) => {
    fastify.setErrorHandler((error, request, reply) => replyWithProblem(error, request, reply));

    fastify.setNotFoundHandler((request, reply) =>
      sendProblem(reply, {
        type: problemType('route_not_found'),
        title: 'Not found',
        status: 404,
        code: 'route_not_found',
        detail: `No route ${request.method} ${request.url.split('?')[0]?.slice(0, 200)}`,
      }),
    );
  },
  { name: 'error-handler' },
);
