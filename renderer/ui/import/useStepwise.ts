import { useEffect, useState } from 'react';

/** How long one slice of work may hold the main thread: well under a frame budget of 100 ms. */
const SLICE_MS = 12;

/**
 * Runs a generator (pure work that yields its progress, e.g. validateRosterSteps) in slices of a
 * few milliseconds between which the browser paints and handles input, so checking 50,000 rows
 * never freezes the window. Restarts when `start` changes; null while running.
 */
export function useStepwise<T>(start: (() => Generator<number, T>) | null): { result: T | null; progress: number } {
  const [state, setState] = useState<{ result: T | null; progress: number; start: typeof start }>({ result: null, progress: 0, start });
  useEffect(() => {
    if (!start) return;
    const steps = start();
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = steps.next();
        if (cancelled) return;
        if (step.done) return setState({ result: step.value, progress: 0, start });
        if (performance.now() >= until) {
          setState({ result: null, progress: step.value, start });
          timer = setTimeout(slice, 0);
          return;
        }
      }
    };
    slice();
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [start]);
  // A result computed for an earlier `start` is never shown for the current one.
  return state.start === start ? state : { result: null, progress: 0 };
}
