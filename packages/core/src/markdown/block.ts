/** A list item: its own first-paragraph text and the items nested under it. Lines are 0-based. */
export interface ListItem {
  start: number;
  end: number;
  /** Inline Markdown of the item's first paragraph (may span lines). */
  text: string;
  checked?: boolean;
  children: ListItem[];
}

export interface TableRow {
  line: number;
  cells: string[];
}

/**
 * A block of the document with its line range (0-based, end exclusive, in the whole text).
 * HTML blocks are broken up: `<h2>` lines become headings, the rest `html` blocks whose
 * `lines` hold the visible text of each line.
 */
export type Block =
  | { type: 'heading'; start: number; end: number; level: number; text: string; html?: boolean }
  | { type: 'paragraph'; start: number; end: number; text: string }
  | { type: 'list'; start: number; end: number; ordered: boolean; items: ListItem[] }
  | { type: 'table'; start: number; end: number; header: string[]; rows: TableRow[] }
  | { type: 'code'; start: number; end: number; fenced: boolean; text: string }
  | {
      type: 'html';
      start: number;
      end: number;
      lines: { line: number; text: string; raw: string }[];
    }
  | { type: 'hr'; start: number; end: number }
  | { type: 'blockquote'; start: number; end: number };

export type BlockType = Block['type'];
