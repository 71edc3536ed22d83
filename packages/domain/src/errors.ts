export type DomainErrorCode =
  | 'unknown_employee'
  | 'duplicate_employee'
  | 'unknown_requirement'
  | 'duplicate_requirement'
  | 'unknown_role'
  | 'duplicate_role'
  | 'duplicate_team';

/** Thrown for inputs that are well-formed but inconsistent; the API maps these to 422. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: DomainErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
