import type { Postmortem } from '@hindsight/core';
import type { ProfileName } from '@hindsight/core/lint';
import { useEffect, useRef, useState } from 'react';
import type { EditorLint } from './lint-document.js';

interface LintAnswer {
  readonly id: number;
  readonly result?: EditorLint;
  readonly error?: string;
}

/**
 * The lint result of the model being edited, computed in a Web Worker. While one lint runs
 * the next request waits (only the newest is kept), so a slow run never queues up stale work. The `lint-request` mark here and `lint-shown` (set by the
 * panel once the findings are in the DOM) let the benchmark time keystroke to findings.
 */
export function useLint(model: Postmortem | null, profile: ProfileName): EditorLint | null {
  const [lint, setLint] = useState<EditorLint | null>(null);
  const worker = useRef<Worker | null>(null);
  const state = useRef({ sent: 0, busy: false, pending: null as null | (() => void) });

  useEffect(() => {
    const w = new Worker(new URL('./lint-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<LintAnswer>) => {
      const s = state.current;
      s.busy = false;
      if (event.data.id === s.sent && event.data.result) {
        setLint(event.data.result);
      }
      const pending = s.pending;
      s.pending = null;
      pending?.();
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (!model) return;
    const send = () => {
      const w = worker.current;
      if (!w) return;
      const s = state.current;
      if (s.busy) {
        s.pending = send;
        return;
      }
      s.busy = true;
      s.sent += 1;
      performance.mark('lint-request');
      w.postMessage({ id: s.sent, model, profile });
    };
    // No fixed debounce: while a lint runs, later keystrokes collapse into one pending run
    // (above), so a burst costs at most one extra lint and a single key is linted at once.
    const timer = setTimeout(send, 0);
    return () => clearTimeout(timer);
  }, [model, profile]);

  return lint;
}
