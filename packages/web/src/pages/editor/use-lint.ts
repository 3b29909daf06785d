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
 * The lint result of the model being edited, computed in a Web Worker. A short debounce
 * groups a burst of keystrokes; while one lint runs the next request waits, so a slow run
 * never queues up stale work. `performance` marks `lint-request`/`lint-shown` let the
 * benchmark measure keystroke-to-findings time.
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
        performance.mark('lint-shown');
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
    const timer = setTimeout(send, 30);
    return () => clearTimeout(timer);
  }, [model, profile]);

  return lint;
}
