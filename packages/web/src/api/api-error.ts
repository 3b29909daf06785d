/** One field the server named as wrong: a dotted path and what is wrong with it. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** A lint error that blocks publishing (`publish_blocked`): rule, message and place. */
export interface BlockingFinding {
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A failed API call. `code` is the server's stable error code (`invalid_input`,
 * `revision_conflict`, …) or one of the client's own: `network_error` when no answer came,
 * `bad_response` when the answer could not be read. Pages switch on `code`, never on text.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    /** The current version of the resource, sent with a 409 revision conflict. */
    readonly current?: unknown,
    /** The lint errors of a 422 `publish_blocked`, in document order. */
    readonly findings: readonly BlockingFinding[] = [],
  ) {
    super(message);
  }

  /** The message of the issue on `path`, for showing next to its form field. */
  issueFor(path: string): string | undefined {
    return this.issues.find((i) => i.path === path || i.path.endsWith(`.${path}`))?.message;
  }
}

/** Reads an error body `{ error: { code, message, issues?, current? } }` into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  if (!error || typeof error['code'] !== 'string') {
    return new ApiError(
      status,
      status >= 500 ? 'internal_error' : 'bad_response',
      statusText(status),
    );
  }
  const message = typeof error['message'] === 'string' ? error['message'] : statusText(status);
  const issues = Array.isArray(error['issues'])
    ? error['issues'].flatMap((i): FieldIssue[] =>
        isRecord(i) && typeof i['path'] === 'string' && typeof i['message'] === 'string'
          ? [{ path: i['path'], message: i['message'] }]
          : [],
      )
    : [];
  const findings = Array.isArray(error['findings'])
    ? error['findings'].flatMap((f): BlockingFinding[] =>
        isRecord(f) &&
        typeof f['ruleId'] === 'string' &&
        typeof f['message'] === 'string' &&
        typeof f['line'] === 'number' &&
        typeof f['column'] === 'number'
          ? [{ ruleId: f['ruleId'], message: f['message'], line: f['line'], column: f['column'] }]
          : [],
      )
    : [];
  return new ApiError(status, error['code'], message, issues, error['current'], findings);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function statusText(status: number): string {
  if (status === 0) return 'The server could not be reached.';
  if (status >= 500) return 'The server had a problem. Try again in a moment.';
  return `The request failed (HTTP ${status}).`;
}
