import type { Postmortem } from '../model/index.js';
import type { Diagnostic } from './diagnostic.js';

/** Where things were found in the original text (1-based lines). Not part of the model. */
export interface SourceMap {
  frontMatter: 'yaml' | 'toml' | 'none';
  titleLine?: number;
  /** One per `model.sections` entry, same order. */
  sections: { line: number }[];
  /** One per `model.timeline` entry, same order. */
  timeline: { line: number }[];
  /** One per `model.actionItems` entry, same order. */
  actionItems: { line: number }[];
}

export interface ParseResult {
  model: Postmortem;
  diagnostics: Diagnostic[];
  source: SourceMap;
  /** Words of prose, excluding front matter, code blocks, HTML tags and URLs. */
  wordCount: number;
}
