import type { ActionStatus, Severity, Status } from '@hindsight/core';

type Tone = 'danger' | 'warning' | 'success' | 'info' | 'muted';

const SEVERITY: Record<Severity, { label: string; tone: Tone }> = {
  critical: { label: 'Critical', tone: 'danger' },
  high: { label: 'High', tone: 'danger' },
  medium: { label: 'Medium', tone: 'warning' },
  low: { label: 'Low', tone: 'muted' },
};

const STATUS: Record<Status, { label: string; tone: Tone }> = {
  draft: { label: 'Draft', tone: 'muted' },
  'in-review': { label: 'In review', tone: 'warning' },
  published: { label: 'Published', tone: 'success' },
  archived: { label: 'Archived', tone: 'muted' },
};

const ACTION_STATUS: Record<ActionStatus, { label: string; tone: Tone }> = {
  open: { label: 'Open', tone: 'info' },
  'in-progress': { label: 'In progress', tone: 'warning' },
  done: { label: 'Done', tone: 'success' },
  'wont-do': { label: "Won't do", tone: 'muted' },
};

/** The word is always shown; the colour only repeats it. */
function Badge({ label, tone, prefix }: { label: string; tone: Tone; prefix: string }) {
  return (
    <span className={`badge tone-${tone}`}>
      <span className="visually-hidden">{prefix}: </span>
      {label}
    </span>
  );
}

export function SeverityBadge({ severity }: { readonly severity: Severity | null | undefined }) {
  if (!severity) return null;
  return <Badge prefix="Severity" {...SEVERITY[severity]} />;
}

export function StatusBadge({ status }: { readonly status: Status }) {
  return <Badge prefix="Status" {...STATUS[status]} />;
}

export function ActionStatusBadge({ status }: { readonly status: ActionStatus }) {
  return <Badge prefix="Status" {...ACTION_STATUS[status]} />;
}

export const SEVERITY_LABELS = Object.fromEntries(
  Object.entries(SEVERITY).map(([k, v]) => [k, v.label]),
) as Record<Severity, string>;
export const STATUS_LABELS = Object.fromEntries(
  Object.entries(STATUS).map(([k, v]) => [k, v.label]),
) as Record<Status, string>;
