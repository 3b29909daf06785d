import type { Postmortem, Severity } from '../model/index.js';

/** What the caller knows when starting a postmortem. */
export interface TemplateOptions {
  title: string;
  /** The incident date, `YYYY-MM-DD`. */
  date?: string;
  severity?: Severity;
  authors?: readonly string[];
  /** The zone the author will write times in (an id such as `UTC` or `America/New_York`). */
  timezone?: string;
}

/**
 * A starting point for a postmortem. `build` returns a model whose prose is made of bracketed
 * prompts (`[What happened…]`), which the linter reports until they are replaced.
 */
export interface Template {
  id: string;
  name: string;
  description: string;
  /** The lint profile that checks documents started from this template. */
  profile: 'standard' | 'holberton' | 'sre' | 'minimal';
  build(options: TemplateOptions): Postmortem;
  /** Where a custom template was loaded from. */
  source?: string;
}
