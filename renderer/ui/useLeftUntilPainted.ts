import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './afterNextPaint';

/**
 * The kept screen or view just left, until the one shown instead has been painted; then null.
 * Hiding a kept view (its effects, observers and subscriptions stop) costs more the more it shows,
 * and waits till then: the new one appears first. The one left is out of the document meanwhile. A
 * key or a pointer pressed before the paint hides it at once, so nothing on it answers.
 */
export function useLeftUntilPainted(shown: string | null): string | null {
  const [current, setCurrent] = useState(shown);
  const [left, setLeft] = useState<string | null>(null);
  if (current !== shown) {
    setCurrent(shown);
    setLeft(current);
  }
  useEffect(() => {
    if (left === null) return undefined;
    const hideNow = () => flushSync(() => setLeft(null));
    const cancel = afterNextPaint(hideNow);
    window.addEventListener('keydown', hideNow, { capture: true, once: true });
    window.addEventListener('pointerdown', hideNow, { capture: true, once: true });
    return () => {
      cancel();
      window.removeEventListener('keydown', hideNow, { capture: true });
      window.removeEventListener('pointerdown', hideNow, { capture: true });
    };
  }, [left]);
  return left === shown ? null : left;
}
