import { useEffect } from 'react';

/** Text as a CSS string value ("DRAFT — Q3 \"split\""), for `content:` in a page margin box. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ')}"`;
}

/**
 * The printed running header as page margin boxes (see ComparisonPrint.module.css), fed through
 * custom properties on the root element, which the page context inherits. A fixed element repeated
 * on every page is laid out once at the first page's width, so on the landscape chart sheets it
 * spanned only the portrait width; margin boxes take each page's own width.
 */
export function usePrintRunningHeader(left: string, right: string): void {
  useEffect(() => {
    const style = document.documentElement.style;
    style.setProperty('--print-running-left', cssString(left));
    style.setProperty('--print-running-right', cssString(right));
    return () => {
      style.removeProperty('--print-running-left');
      style.removeProperty('--print-running-right');
    };
  }, [left, right]);
}
