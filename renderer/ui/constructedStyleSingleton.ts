/**
 * Stands in for `react-style-singleton` (aliased in vite.config.ts), which Radix's dialog scroll
 * lock uses to inject a `<style>` element. Our Content-Security-Policy (`style-src 'self'`, no
 * `unsafe-inline`) blocks such elements and logs a violation each time a dialog opens. A
 * constructed stylesheet adopted by the document carries the same rules and is not inline
 * markup, so the policy stays strict and the scroll lock works. Same exports, same behaviour:
 * the styles are added when the first user mounts and removed when the last one unmounts.
 */
import { useEffect } from 'react';

interface Stylesheet {
  add(style: string): void;
  remove(): void;
}

export function stylesheetSingleton(): Stylesheet {
  let users = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(style) {
      if (users === 0 && typeof document !== 'undefined') {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(style);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      users += 1;
    },
    remove() {
      users -= 1;
      if (users === 0 && sheet) {
        const adopted = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== adopted);
        sheet = null;
      }
    },
  };
}

export function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void {
  const sheet = stylesheetSingleton();
  return (styles, isDynamic) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
      // Like the original: the styles are read once unless they are declared dynamic.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [styles && isDynamic]);
  };
}

export function styleSingleton(): (props: { styles: string; dynamic?: boolean }) => null {
  const useStyle = styleHookSingleton();
  return function Sheet({ styles, dynamic }) {
    useStyle(styles, dynamic);
    return null;
  };
}
