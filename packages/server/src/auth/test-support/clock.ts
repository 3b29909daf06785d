/** A clock that tests move by hand: `now` for the stores, `advance` to let time pass. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = '2026-01-05T09:00:00.000Z'): TestClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}
