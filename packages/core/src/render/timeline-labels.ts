/** A label to place below a marker on the timeline axis. */
export interface LabelRequest {
  /** The marker's horizontal position. */
  x: number;
  text: string;
}

/** Where a label went: its row below the axis (0 is nearest) and its horizontal extent. */
export interface LabelSlot {
  lane: number;
  anchor: 'start' | 'end';
  /** Left and right edge of the text, estimated from its length. */
  from: number;
  to: number;
}

/**
 * Average advance of a sans-serif glyph at the diagram's 12px font. Labels are placed from
 * this estimate because a pure function cannot measure text; it errs on the wide side.
 */
export const CHAR_WIDTH = 6.8;
const GAP = 10;
const EDGE = 3;

/**
 * Stacks labels into rows so that no two overlap and, where possible, no marker's leader
 * line (drawn straight down to its own row) runs through another label. A label starts at
 * its marker and runs right, or ends at it when that side holds fewer other markers or the
 * right side would leave the drawing.
 *
 * A label must sit below the labels of every marker it reaches over, or their leaders would
 * cut through it; so labels are placed in that order (a topological order of "reaches
 * over"), nearest the right edge first among equals. A crowded cluster thus becomes a
 * staircase. Where the order is circular (two labels reaching over each other's markers, a
 * crossing no layout avoids) the label is simply put in the first row where it fits.
 */
export function stackLabels(requests: readonly LabelRequest[], width: number): LabelSlot[] {
  const shapes = chooseAnchors(requests, width);
  const inside = (x: number, s: { from: number; to: number }): boolean =>
    x > s.from + EDGE && x < s.to - EDGE;
  const slots: LabelSlot[] = [];
  const placed: { x: number; slot: LabelSlot }[] = [];
  for (const i of placementOrder(shapes, inside)) {
    const { x, anchor, from, to } = shapes[i] as (typeof shapes)[number];
    const fits = (lane: number, strict: boolean): boolean =>
      placed.every(({ x: other, slot }) => {
        if (slot.lane === lane && to + GAP > slot.from && from < slot.to + GAP) return false;
        if (!strict) return true;
        // My leader would cross a label nearer the axis, or another leader would cross mine.
        if (slot.lane < lane && inside(x, slot)) return false;
        return !(slot.lane > lane && inside(other, { from, to }));
      });
    let lane = 0;
    while (lane <= placed.length && !fits(lane, true)) lane++;
    if (lane > placed.length) {
      lane = 0;
      while (!fits(lane, false)) lane++;
    }
    const slot: LabelSlot = { lane, anchor, from, to };
    slots[i] = slot;
    placed.push({ x, slot });
  }
  return requests.map((_, i) => slots[i] ?? { lane: 0, anchor: 'start', from: 0, to: 0 });
}

interface Shape {
  x: number;
  anchor: LabelSlot['anchor'];
  from: number;
  to: number;
}

function shapeOf(x: number, w: number, anchor: LabelSlot['anchor']): Shape {
  const from = anchor === 'start' ? x - 2 : x + 2 - w;
  return { x, anchor, from, to: from + w };
}

/**
 * Labels run right unless they would leave the drawing. Going left to right, a label is
 * turned to end at its marker when that side reaches over fewer markers (each one costs a
 * row) and none of them has a label reaching back over this marker: two labels reaching
 * over each other's markers force a leader through a label whatever the rows.
 */
function chooseAnchors(requests: readonly LabelRequest[], width: number): Shape[] {
  const widths = requests.map((r) => r.text.length * CHAR_WIDTH);
  const shapes = requests.map((r, i) => {
    const w = widths[i] ?? 0;
    return shapeOf(r.x, w, r.x + w > width - 4 ? 'end' : 'start');
  });
  const covering = (s: Shape): number[] =>
    shapes.flatMap((o, k) => (o.x > s.from + EDGE && o.x < s.to - EDGE ? [k] : []));
  const leftToRight = requests.map((_, i) => i).sort((a, b) => xOf(requests, a) - xOf(requests, b));
  for (const i of leftToRight) {
    const current = shapes[i] as Shape;
    const w = widths[i] ?? 0;
    if (current.anchor === 'end' || current.x - w < 4) continue;
    const turned = shapeOf(current.x, w, 'end');
    const over = covering(turned).filter((k) => k !== i);
    const reachesBack = over.some((k) => {
      const other = shapes[k] as Shape;
      return current.x > other.from + EDGE && current.x < other.to - EDGE;
    });
    if (!reachesBack && over.length < covering(current).filter((k) => k !== i).length) {
      shapes[i] = turned;
    }
  }
  return shapes;
}

/**
 * Kahn's algorithm over "label j reaches over marker i, so i goes first", taking the
 * rightmost ready label each time; a cycle is broken at its rightmost label.
 */
function placementOrder(
  shapes: readonly { x: number; from: number; to: number }[],
  inside: (x: number, s: { from: number; to: number }) => boolean,
): number[] {
  const waitingFor = shapes.map((s, j) =>
    shapes.reduce((n, other, i) => n + (i !== j && inside(other.x, s) ? 1 : 0), 0),
  );
  const done = new Set<number>();
  const order: number[] = [];
  while (order.length < shapes.length) {
    let next = -1;
    for (let i = 0; i < shapes.length; i++) {
      if (done.has(i)) continue;
      if (next === -1 || rank(i) > rank(next)) next = i;
    }
    done.add(next);
    order.push(next);
    shapes.forEach((s, j) => {
      if (!done.has(j) && inside(shapes[next]?.x ?? 0, s)) waitingFor[j] = (waitingFor[j] ?? 1) - 1;
    });
  }
  return order;

  // Ready labels (waiting for nobody) before blocked ones, then the rightmost.
  function rank(i: number): number {
    return (waitingFor[i] === 0 ? 1e9 : -(waitingFor[i] ?? 0) * 1e6) + (shapes[i]?.x ?? 0);
  }
}

function xOf(requests: readonly LabelRequest[], i: number): number {
  return requests[i]?.x ?? 0;
}
