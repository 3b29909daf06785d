import type { FieldIssue } from '@hindsight/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { StorageError, ConflictError, InvalidInputError } from '../storage/errors.js';
import { WorkflowError } from '../workflow/workflow-error.js';
import type { HttpApp } from './http-app.js';
import { HttpError } from './http-error.js';
import type { ErrorBody } from './schemas/error-body.js';

/** The HTTP status of each storage error code. */
const STORAGE_STATUS: Record<StorageError['code'], number> = {
  not_found: 404,
  revision_conflict: 409,
  slug_taken: 409,
  invalid_input: 400,
};

/** The HTTP status of each workflow error code (review transitions, comments). */
const WORKFLOW_STATUS: Record<WorkflowError['code'], number> = {
  forbidden: 403,
  invalid_transition: 409,
  publish_blocked: 422,
};

/** Fastify's own error codes for bad requests, as our stable codes and plain messages. */
const FASTIFY_ERRORS: Record<string, { code: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'the body must be application/json (or text/markdown where a route says so)',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'bad_request',
    message: 'the body is empty but the content type says JSON',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'the body is not valid JSON' },
};

interface ValidationItem {
  readonly instancePath?: string;
  readonly keyword?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/** A validation failure of one part of the request as issues named like `body.model.title`. */
function validationIssues(
  context: string | undefined,
  items: readonly ValidationItem[],
): FieldIssue[] {
  const prefix = context === 'querystring' ? 'query' : (context ?? 'body');
  const issues: FieldIssue[] = [];
  for (const item of items) {
    const at = (item.instancePath ?? '').split('/').filter((p) => p !== '');
    const keys = item.params?.['keys'];
    if (item.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const key of keys)
        issues.push({
          path: [prefix, ...at, String(key)].join('.'),
          message: 'is not a known field',
        });
      continue;
    }
    issues.push({ path: [prefix, ...at].join('.'), message: item.message ?? 'is not valid' });
  }
  return issues;
}

/** The status and body of an error, or undefined for an unexpected one (a 500). */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } | undefined {
  if (error instanceof HttpError) {
    return {
      status: error.statusCode,
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.issues === undefined ? {} : { issues: [...error.issues] }),
        },
      },
    };
  }
  if (error instanceof StorageError) {
    return {
      status: STORAGE_STATUS[error.code],
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error instanceof InvalidInputError ? { issues: error.issues } : {}),
          ...(error instanceof ConflictError ? { current: error.current } : {}),
        },
      },
    };
  }
  if (error instanceof WorkflowError) {
    return {
      status: WORKFLOW_STATUS[error.code],
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.findings === undefined
            ? {}
            : {
                findings: error.findings.map(({ ruleId, message, line, column }) => ({
                  ruleId,
                  message,
                  line,
                  column,
                })),
              }),
        },
      },
    };
  }
  if (typeof error !== 'object' || error === null) return undefined;
  const fastify = error as Partial<FastifyError>;
  if (Array.isArray(fastify.validation)) {
    const issues = validationIssues(fastify.validationContext, fastify.validation);
    return {
      status: 400,
      body: {
        error: {
          code: 'invalid_input',
          message: `invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        },
      },
    };
  }
  const status = fastify.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const known = fastify.code === undefined ? undefined : FASTIFY_ERRORS[fastify.code];
    const code = known?.code ?? (status === 429 ? 'too_many_requests' : 'bad_request');
    const message =
      known?.message ??
      (code === 'payload_too_large'
        ? 'the body is larger than the server accepts'
        : (fastify.message ?? 'bad request'));
    return { status, body: { error: { code, message } } };
  }
  return undefined;
}

/**
 * Installs the one place where errors become answers: typed errors get their status and
 * stable code, anything unexpected a 500 whose message says nothing of the inside (the stack
 * goes to the log only). Unknown routes answer 404 `not_found` in the same shape.
 */
export function installErrorHandler(app: HttpApp): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const known = errorResponse(error);
    if (known !== undefined) {
      if (known.status === 413) {
        // Say what the limit is, so that the client knows how far to shrink the body.
        const limit = request.routeOptions.bodyLimit ?? app.ctx.config.bodyLimit;
        known.body.error.message = `the body is larger than the ${formatSize(limit)} the server accepts`;
        request.log.info({ code: known.body.error.code, limit }, 'body too large');
      }
      return reply.status(known.status).send(known.body);
    }
    request.log.error({ err: error }, 'request failed');
    const body: ErrorBody = {
      error: { code: 'internal_error', message: 'something went wrong on the server' },
    };
    return reply.status(500).send(body);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const body: ErrorBody = {
      error: {
        code: 'not_found',
        message: `no route ${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 200)}`,
      },
    };
    return reply.status(404).send(body);
  });
}

/** 1048576 as `1 MiB`, 524288 as `512 KiB`. */
function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
