import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { visibleRange } from '../lib/visible-range.js';
import type { VisibleRange } from '../lib/visible-range.js';

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly rowHeight: number;
  readonly renderRow: (item: T, index: number) => ReactNode;
  readonly getKey: (item: T) => string;
  /** Called when the last rendered row is near the end, to load the next page. */
  readonly onNearEnd?: () => void;
  readonly label: string;
}

/**
 * A list scrolled by the window that renders only the rows in view (plus a few), so ten
 * thousand postmortems cost as much as thirty. Rows have one fixed height; the list keeps
 * its full height with padding so the scroll bar and page length stay true.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  renderRow,
  getKey,
  onNearEnd,
  label,
}: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: Math.min(items.length, 30) });

  useLayoutEffect(() => {
    let frame = 0;
    function update() {
      frame = 0;
      const list = ref.current;
      if (!list) return;
      const listTop = list.getBoundingClientRect().top + window.scrollY;
      const next = visibleRange({
        count: items.length,
        rowHeight,
        listTop,
        scrollTop: window.scrollY,
        viewportHeight: window.innerHeight,
      });
      setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    }
    function schedule() {
      if (frame === 0) frame = requestAnimationFrame(update);
    }
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [items.length, rowHeight]);

  useEffect(() => {
    if (onNearEnd && items.length > 0 && range.end >= items.length - 5) onNearEnd();
  }, [range.end, items.length, onNearEnd]);

  const rows: ReactNode[] = [];
  for (let i = range.start; i < range.end; i++) {
    const item = items[i];
    if (item === undefined) continue;
    rows.push(
      <li
        key={getKey(item)}
        className="virtual-row"
        aria-posinset={i + 1}
        aria-setsize={items.length}
      >
        {renderRow(item, i)}
      </li>,
    );
  }
  return (
    <ul
      ref={ref}
      className="virtual-list"
      aria-label={label}
      style={{
        paddingTop: range.start * rowHeight,
        paddingBottom: (items.length - range.end) * rowHeight,
        ['--row-height' as string]: `${rowHeight}px`,
      }}
    >
      {rows}
    </ul>
  );
}
