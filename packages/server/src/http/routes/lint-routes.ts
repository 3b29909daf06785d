import { lintText, PROFILE_NAMES } from '@hindsight/core/lint';
import type { ProfileName } from '@hindsight/core/lint';
import { getTemplate } from '@hindsight/core/templates';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { errorResponses } from '../schemas/error-responses.js';
import { postmortemParamsSchema } from '../schemas/postmortem-schemas.js';

export const lintResultSchema = z.object({
  profile: z.enum(PROFILE_NAMES),
  revision: z.number().int(),
  score: z.object({
    value: z.number(),
    breakdown: z.array(
      z.object({ ruleId: z.string(), penalty: z.number(), messages: z.number().int() }),
    ),
  }),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  wordCount: z.number().int(),
  messages: z.array(
    z.object({
      ruleId: z.string(),
      messageId: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
      line: z.number().int(),
      column: z.number().int(),
      endLine: z.number().int().optional(),
      endColumn: z.number().int().optional(),
      suggestion: z.string().optional(),
      fixable: z.boolean(),
    }),
  ),
});

/** The profile a document is checked against: the one asked for, else its template's. */
function profileFor(asked: ProfileName | undefined, template: string | undefined): ProfileName {
  if (asked !== undefined) return asked;
  if (template === undefined) return 'standard';
  try {
    return getTemplate(template).profile;
  } catch {
    return 'standard';
  }
}

/** Lint results of the stored document: core's engine on its canonical Markdown, with the score. */
export function registerLintRoutes(app: HttpApp, ctx: AppContext): void {
  app.get(
    '/api/postmortems/:idOrSlug/lint',
    {
      schema: {
        tags: ['lint'],
        summary: "Check the stored document against a profile (default: its template's)",
        params: postmortemParamsSchema,
        querystring: z.object({ profile: z.enum(PROFILE_NAMES).optional() }).strict(),
        response: { 200: lintResultSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request);
      const stored = await ctx.store.get(request.params.idOrSlug, { viewer });
      const profile = profileFor(request.query.profile, stored.model.template);
      const result = lintText(stored.markdown, { profile }, { fileName: `${stored.slug}.md` });
      return {
        profile: result.profile,
        revision: stored.revision,
        score: result.score,
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        wordCount: result.wordCount,
        messages: result.messages.map(({ fix, data: _data, ...message }) => ({
          ...message,
          fixable: fix !== undefined,
        })),
      };
    },
  );
}
