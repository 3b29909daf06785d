import type { Postmortem } from '@hindsight/core';
import { ActionItemsEditor } from './action-items-editor.js';
import { DetectionEditor } from './detection-editor.js';
import { FollowUpEditor } from './follow-up-editor.js';
import { ImpactEditor } from './impact-editor.js';
import { IncidentTimesEditor } from './incident-times-editor.js';
import { RootCauseEditor } from './root-cause-editor.js';
import { TimelineEditor } from './timeline-editor.js';
import { WhysEditor } from './whys-editor.js';

export interface StructuredFieldsProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/** The structured parts between the metadata and the prose, in the order a review reads them. */
export function StructuredFields({ model, onChange }: StructuredFieldsProps) {
  return (
    <>
      <ImpactEditor model={model} onChange={onChange} />
      <IncidentTimesEditor model={model} onChange={onChange} />
      <DetectionEditor model={model} onChange={onChange} />
      <TimelineEditor model={model} onChange={onChange} />
      <RootCauseEditor model={model} onChange={onChange} />
      <WhysEditor model={model} onChange={onChange} />
      <ActionItemsEditor model={model} onChange={onChange} />
      <FollowUpEditor model={model} onChange={onChange} />
    </>
  );
}
