import type { TimelineKind } from '../model/index.js';

/** How a timeline kind is named and coloured, in the diagram, its legend and the list. */
export interface TimelineKindStyle {
  label: string;
  /** Mid-tone colours, readable on both a light and a dark page. */
  color: string;
  /** Drawn as a ring instead of a dot, so it differs by more than colour. */
  hollow: boolean;
}

export const TIMELINE_KIND_STYLES: Readonly<Record<TimelineKind, TimelineKindStyle>> = {
  'impact-start': { label: 'Impact began', color: '#e03131', hollow: false },
  detection: { label: 'Detection', color: '#1c7ed6', hollow: false },
  response: { label: 'Response', color: '#0c8599', hollow: false },
  escalation: { label: 'Escalation', color: '#ae3ec9', hollow: false },
  action: { label: 'Action', color: '#5c7cfa', hollow: false },
  misleading: { label: 'Misleading path', color: '#f08c00', hollow: true },
  mitigation: { label: 'Mitigation', color: '#74b816', hollow: false },
  resolution: { label: 'Resolution', color: '#2f9e44', hollow: false },
  communication: { label: 'Communication', color: '#d6336c', hollow: false },
  other: { label: 'Other', color: '#868e96', hollow: false },
};
