/**
 * RFC 9457 problem details. Every error the API returns is one of these, with a stable `code`
 * that clients (the web app) translate into the user's language.
 */
export type FieldError = { path: string; message: string; code?: string };

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
};

export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: FieldError[] | undefined;

  constructor(status: number, code: string, title: string, detail?: string, errors?: FieldError[]) {
    super(detail ?? title);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = errors;
  }

  get detail(): string | undefined {
    return this.message === this.title ? undefined : this.message;
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemType(code: string): string {
  return `https://teamspiegel.nl/problems/${code.replaceAll('_', '-')}`;
}

export const badRequest = (code: string, detail?: string, errors?: FieldError[]) =>
  new ProblemError(400, code, 'Bad request', detail, errors);
export const unauthorized = (code = 'unauthorized', detail?: string) =>
  new ProblemError(401, code, 'Unauthorized', detail);
export const forbidden = (detail = 'Your role may not perform this action.') =>
  new ProblemError(403, 'forbidden', 'Forbidden', detail);
/** Also used for other tenants' ids: never reveal that they exist. */
export const notFound = (entity: string) =>
  new ProblemError(404, 'not_found', 'Not found', `${entity} not found`);
export const conflict = (code: string, detail: string) => new ProblemError(409, code, 'Conflict', detail);
export const preconditionFailed = (
  detail = 'The resource changed since you read it; reload and try again.',
) => new ProblemError(412, 'precondition_failed', 'Precondition failed', detail);
export const unprocessable = (code: string, detail: string, errors?: FieldError[]) =>
  new ProblemError(422, code, 'Unprocessable content', detail, errors);
