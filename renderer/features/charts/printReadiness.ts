/**
 * The print view's ready signal, read by every exporter instead of a fixed delay (the Joplin
 * pattern): `data-print-status` on <html> is "loading", then "ready" once the data is drawn and
 * the bundled fonts have loaded, or "error" with the reason in `data-print-error`. The Electron
 * exporter polls it through executeJavaScript (no preload needed); Playwright waits for it.
 */
const WEIGHTS = [400, 500, 600, 700];

export const PRINT_READY_MARK = 'teamshape:print-ready';

function root(): HTMLElement {
  return document.documentElement;
}

export function resetPrintStatus(): void {
  root().dataset.printStatus = 'loading';
  delete root().dataset.printError;
  delete root().dataset.printPages;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the pages are laid out and every font they use has loaded; then sets the signal,
 * unless the document was drawn again meanwhile (`isCurrent` false): only the last drawing may
 * say "ready", or an exporter could read the page count of a drawing already replaced.
 */
export async function markPrintReady(pages: number, isCurrent: () => boolean = () => true): Promise<void> {
  // Fonts load lazily per unicode range: let the pages lay out (requesting what their text
  // needs), ask for the Latin faces explicitly, then wait for every pending load.
  await nextFrame();
  await Promise.all(WEIGHTS.map((weight) => document.fonts.load(`${weight} 12px Inter`, 'Teamshape 0123456789')));
  await nextFrame();
  await document.fonts.ready;
  if (!isCurrent()) return;
  root().dataset.printPages = String(pages);
  root().dataset.printStatus = 'ready';
  if (performance.getEntriesByName(PRINT_READY_MARK, 'mark').length === 0) performance.mark(PRINT_READY_MARK);
}

export function markPrintFailed(message: string): void {
  root().dataset.printStatus = 'error';
  root().dataset.printError = message;
}
