/**
 * A place where a section starts. Besides Markdown and HTML headings, careful readers take a
 * bold label on its own line, an ALL-CAPS line or a `Label:` line naming a known section as a
 * heading; `source` records which kind of evidence it was.
 */
export interface HeadingMark {
  /** 0-based first line of the heading. */
  start: number;
  /** 0-based line after the heading (exclusive). */
  end: number;
  level: number;
  /** Heading text as a reader sees it (no markup). */
  text: string;
  source: 'atx' | 'setext' | 'html' | 'bold' | 'label' | 'caps';
  /**
   * For a label with its content on the same line (`**Impact**: 1.2B queries lost`): the
   * content, which becomes the first line of the section's body.
   */
  rest?: string;
}
