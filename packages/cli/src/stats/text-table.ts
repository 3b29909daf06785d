/** How a column is aligned: text to the left, numbers to the right. */
export type Align = 'left' | 'right';

/**
 * Lays out rows as aligned columns separated by two spaces, each line indented. Widths are
 * counted in code points, so `…` and `█` take one column as they do in a terminal.
 */
export function textTable(
  rows: readonly (readonly string[])[],
  align: readonly Align[],
  indent = '  ',
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(cell));
    });
  }
  return rows.map((row) =>
    (
      indent +
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
          if (i === row.length - 1 && align[i] !== 'right') return cell;
          return align[i] === 'right' ? pad + cell : cell + pad;
        })
        .join('  ')
    ).trimEnd(),
  );
}

function width(text: string): number {
  return [...text].length;
}

/** Shortens text to `max` characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
