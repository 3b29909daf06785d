import { expect, it } from 'vitest';
import { procCpuSeconds, procMemory } from './server-process.js';

it('reads a process’s CPU time and memory from /proc, and null for no such process', () => {
  const before = procCpuSeconds(process.pid);
  expect(before).not.toBeNull();
  // Burn a little CPU: the count can only grow, by about what was spent.
  const start = process.cpuUsage();
  let x = 0;
  while (process.cpuUsage(start).user < 150_000) x += Math.sqrt(x + 1);
  expect(x).toBeGreaterThan(0);
  const after = procCpuSeconds(process.pid) as number;
  expect(after - (before as number)).toBeGreaterThanOrEqual(0.1);
  expect(after - (before as number)).toBeLessThan(5);
  expect(procMemory(process.pid).rssMiB).toBeGreaterThan(10);
  expect(procCpuSeconds(2 ** 22 + 7)).toBeNull();
  expect(procMemory(2 ** 22 + 7)).toEqual({ rssMiB: null, peakRssMiB: null });
});
