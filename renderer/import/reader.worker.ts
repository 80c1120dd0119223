/**
 * The reader's worker: parsing a 50 MB spreadsheet takes seconds, which must never freeze the
 * window. Built by Vite as its own script file under the app's origin, so the strict CSP
 * (`script-src 'self'`, which workers fall back to) allows it in the browser and under app://.
 */
import { readTableFile } from './readTable';
import type { ReaderRequest, ReaderResponse } from './readerProtocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage: (message: ReaderResponse) => void;
};

scope.onmessage = (event) => {
  const { id, name, bytes, options } = event.data;
  try {
    scope.postMessage({ id, outcome: readTableFile({ name, bytes }, options) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, outcome: { ok: false, message: `${name} could not be read (${reason}): save it again as CSV UTF-8 or .xlsx and retry.` } });
  }
};
