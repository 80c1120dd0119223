import { useEffect, useRef } from 'react';

/**
 * Where focus goes when a dialog opened from app state (not a Radix trigger) closes: the element
 * that had focus when it opened, if it is still on the page; else `fallback()` (the new item, say);
 * else the page's <main>. Without this Radix focuses nothing and focus falls to <body>.
 */
export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null | undefined) {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open) opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  }, [open]);
  return (event: Event) => {
    event.preventDefault();
    const target = fallback?.() ?? (opener.current?.isConnected ? opener.current : null) ?? document.getElementById('main');
    opener.current = null;
    // After Radix has removed the dialog and its focus trap.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      // Someone already placed focus (another dialog, the new item): leave it there.
      if (active && active !== document.body && active.isConnected) return;
      target?.focus();
    });
  };
}
