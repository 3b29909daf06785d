import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error.js';

describe('toApiError', () => {
  it('keeps the lint errors of a publish_blocked answer, in order, and drops malformed ones', () => {
    const error = toApiError(422, {
      error: {
        code: 'publish_blocked',
        message: 'the postmortem has 2 lint errors in the "standard" profile',
        findings: [
          { ruleId: 'no-placeholder', message: '"[Name]" is a placeholder', line: 41, column: 5 },
          { ruleId: 'broken', message: 'no line' },
          { ruleId: 'required-sections', message: 'No Impact section', line: 1, column: 1 },
        ],
      },
    });
    expect(error.code).toBe('publish_blocked');
    expect(error.findings).toEqual([
      { ruleId: 'no-placeholder', message: '"[Name]" is a placeholder', line: 41, column: 5 },
      { ruleId: 'required-sections', message: 'No Impact section', line: 1, column: 1 },
    ]);
  });

  it('has no findings for other errors', () => {
    const error = toApiError(409, { error: { code: 'invalid_transition', message: 'no' } });
    expect(error.findings).toEqual([]);
  });
});
