/**
 * The parts of the /api/insights answers the dashboard draws (types only; the server's zod
 * schemas in packages/server/src/http/schemas/insight-schemas.ts are the source of truth).
 */
// A type alias, not an interface: only aliases are assignable to Record<string, number>,
// which the chart components take.
export type SeverityMix = {
  readonly critical: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly unknown: number;
};

export interface MetricStats {
  readonly n: number;
  readonly median: number | null;
}

export interface InsightStats {
  readonly count: number;
  readonly metrics: {
    readonly timeToDetect: MetricStats;
    readonly timeToResolve: MetricStats;
  };
  readonly severity: SeverityMix;
  readonly perMonth: readonly {
    readonly month: string;
    readonly count: number;
    readonly severity: SeverityMix;
  }[];
  readonly undated: number;
  readonly services: readonly { readonly name: string; readonly count: number }[];
}

export interface InsightSummary extends InsightStats {
  readonly groups?: readonly (InsightStats & { readonly key: string | null })[];
}

export interface FactorInsights {
  readonly categories: readonly {
    readonly category: string;
    readonly factors: number;
    readonly incidents: number;
  }[];
}

export interface ActionItemInsights {
  readonly today: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly completionRate: number | null;
  readonly overdue: number;
}
