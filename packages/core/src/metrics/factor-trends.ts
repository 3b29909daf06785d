import { factorCategorySchema } from '../model/index.js';
import type { FactorCategory, Postmortem } from '../model/index.js';
import { categoriseFactor } from '../markdown/extract-root-cause.js';
import { incidentDay, monthOf } from './incident-day.js';
import { rootCauseText } from './incident-text.js';

export const FACTOR_CATEGORIES = factorCategorySchema.options;

/** How often one category of contributing factor appears. */
export interface FactorCategoryCount {
  category: FactorCategory;
  /** Factors of this category, over all incidents. */
  factors: number;
  /** Incidents with at least one factor of this category. */
  incidents: number;
}

export interface FactorMonth {
  month: string;
  /** Factors per category in that month; every category is present. */
  counts: Record<FactorCategory, number>;
}

export interface FactorTrends {
  /** Every category, most factors first, then in the schema's order. */
  categories: FactorCategoryCount[];
  /** Months with factors, oldest first. */
  byMonth: FactorMonth[];
  /** Factors whose category was inferred from their wording because none was given. */
  inferred: number;
  /**
   * Incidents that list no contributing factors but state a cause: the cause statement is
   * counted as their one factor, so that documents without a factors list still count.
   */
  fromRootCause: number;
}

/** The contributing-factor categories of one incident, derived once (and stored by the server). */
export interface IncidentFactors {
  /** One category per factor, in the document's order; the cause's when it lists none. */
  categories: FactorCategory[];
  /** How many of them were inferred from the factor's wording. */
  inferred: number;
  /** Whether the one category is the cause statement's, for want of a factors list. */
  fromRootCause: boolean;
}

/**
 * The categories of a postmortem's contributing factors. A factor without a category gets
 * the one its wording suggests (`categoriseFactor`), else `other`; a postmortem that lists
 * no factors but states a cause counts that statement as its one factor.
 */
export function incidentFactors(model: Postmortem): IncidentFactors {
  const categories: FactorCategory[] = [];
  let inferred = 0;
  for (const factor of model.rootCause.contributingFactors) {
    if (!factor.category) inferred++;
    categories.push(factor.category ?? categoriseFactor(factor.text) ?? 'other');
  }
  const cause = rootCauseText(model);
  const fromRootCause = categories.length === 0 && cause !== undefined;
  if (fromRootCause) categories.push(categoriseFactor(cause) ?? 'other');
  return { categories, inferred, fromRootCause };
}

/**
 * Contributing-factor categories, counted and by month. A factor without a category gets the
 * one its wording suggests (`categoriseFactor`), else `other`.
 */
export function factorTrends(
  models: readonly Postmortem[],
  days?: readonly (string | undefined)[],
): FactorTrends {
  return factorTrendsOf(models.map(incidentFactors), days ?? models.map((m) => incidentDay(m)));
}

/** {@link factorTrends} from each incident's factors and day, derived already. */
export function factorTrendsOf(
  incidents: readonly IncidentFactors[],
  days: readonly (string | undefined)[],
): FactorTrends {
  const cells = new Map<string, FactorCell>();
  let inferred = 0;
  let fromRootCause = 0;
  incidents.forEach(({ categories, ...counts }, i) => {
    inferred += counts.inferred;
    if (counts.fromRootCause) fromRootCause++;
    const day = days[i];
    const month = day === undefined ? null : monthOf(day);
    const factors = new Map<FactorCategory, number>();
    for (const category of categories) factors.set(category, (factors.get(category) ?? 0) + 1);
    for (const [category, n] of factors) {
      const key = `${month ?? ''}/${category}`;
      const cell = cells.get(key);
      if (cell) {
        cell.factors += n;
        cell.incidents++;
      } else cells.set(key, { month, category, factors: n, incidents: 1 });
    }
  });
  return factorTrendsOfCounts({ cells: cells.values(), inferred, fromRootCause });
}

/** Factors of one category in one month (null: undated), and the incidents that have them. */
export interface FactorCell {
  month: string | null;
  category: FactorCategory;
  factors: number;
  incidents: number;
}

/**
 * {@link factorTrends} from counts: factors and incidents per month and category (a pair may
 * come more than once), and the two totals. A database counts these with `GROUP BY`.
 */
export function factorTrendsOfCounts(counts: {
  cells: Iterable<FactorCell>;
  inferred: number;
  fromRootCause: number;
}): FactorTrends {
  const totals = new Map<FactorCategory, FactorCategoryCount>(
    FACTOR_CATEGORIES.map((category) => [category, { category, factors: 0, incidents: 0 }]),
  );
  const months = new Map<string, FactorMonth>();
  for (const { month, category, factors, incidents } of counts.cells) {
    const total = totals.get(category);
    if (total) {
      total.factors += factors;
      total.incidents += incidents;
    }
    if (month === null) continue;
    let bucket = months.get(month);
    if (!bucket) {
      bucket = { month, counts: emptyCounts() };
      months.set(month, bucket);
    }
    bucket.counts[category] += factors;
  }
  const order = (c: FactorCategory): number => FACTOR_CATEGORIES.indexOf(c);
  return {
    categories: [...totals.values()].sort(
      (a, b) => b.factors - a.factors || order(a.category) - order(b.category),
    ),
    byMonth: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    inferred: counts.inferred,
    fromRootCause: counts.fromRootCause,
  };
}

function emptyCounts(): Record<FactorCategory, number> {
  const counts = {} as Record<FactorCategory, number>;
  for (const category of FACTOR_CATEGORIES) counts[category] = 0;
  return counts;
}
