import type { Postmortem } from '@hindsight/core';

/**
 * The model as it can be stored. A contributing factor added in the editor starts empty, and
 * the model refuses an empty factor: it stays on the page (marked, to be filled or removed)
 * but is left out of what is saved, so a half-filled form never makes autosave fail.
 */
export function savable(model: Postmortem): Postmortem {
  const factors = model.rootCause.contributingFactors;
  const kept = factors.filter((f) => f.text.trim() !== '');
  if (kept.length === factors.length) return model;
  return { ...model, rootCause: { ...model.rootCause, contributingFactors: kept } };
}
