import { useId } from 'react';
import type { ReactNode } from 'react';

export interface TableData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * One chart: a heading, the SVG (named by its title and described in words for screen
 * readers) and the same figures as a table behind a disclosure, for anyone who would rather
 * read numbers than shapes. `children` draws the SVG given the ids of its title and summary.
 */
export function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  readonly title: string;
  readonly summary: string;
  readonly table: TableData;
  readonly children: (labelledBy: string) => ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  return (
    <section className="card chart-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      {table.rows.length === 0 ? (
        <p className="empty-state">Nothing to show yet.</p>
      ) : (
        <>
          {children(`${titleId} ${summaryId}`)}
          <details className="chart-table">
            <summary>Show as a table</summary>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((column, i) => (
                    <th key={column} scope="col" className={i > 0 ? 'num' : undefined}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={String(row[0])}>
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className="num">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
