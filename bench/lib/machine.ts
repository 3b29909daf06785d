import os from 'node:os';

/** What a result was measured on; figures from different machines are not comparable. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  totalMemoryGiB: number;
  platform: string;
  node: string;
  v8: string;
  /** 1, 5 and 15 minute load averages: a busy machine makes every figure slower. */
  loadavg: number[];
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    totalMemoryGiB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    loadavg: os.loadavg().map((l) => round(l, 2)),
  };
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  // resourceUsage().maxRSS is in kilobytes on every platform Node supports.
  return round(process.resourceUsage().maxRSS / 1024, 1);
}

export function rssMiB(): number {
  return round(process.memoryUsage().rss / 2 ** 20, 1);
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
