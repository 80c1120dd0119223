/**
 * Storage-full errors come in several wrappings: the browser's DOMException `QuotaExceededError`,
 * Dexie's `QuotaExceededError`, or an `AbortError` (native or Dexie's) whose `inner` error (or
 * `cause`) is the quota error, because a full disk aborts the whole transaction. Dexie's
 * `BulkError` lists per-record `failures`. All of them mean: nothing of this write was saved,
 * and everything saved before is intact (IndexedDB transactions are all-or-nothing).
 */
export const QUOTA_EXCEEDED_MESSAGE =
  'Your disk is full: Teamshape could not save this change. Free some space and try again; everything saved before is safe.';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** The legacy DOMException code for QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const candidate = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof candidate.name === 'string' && QUOTA_NAMES.has(candidate.name)) return true;
  if (candidate.code === QUOTA_CODE && candidate.name !== 'AbortError') return true;
  if (isQuotaExceeded(candidate.inner, depth + 1) || isQuotaExceeded(candidate.cause, depth + 1)) return true;
  const failures = candidate.failures;
  if (Array.isArray(failures)) return failures.some((failure) => isQuotaExceeded(failure, depth + 1));
  if (failures && typeof failures === 'object') return Object.values(failures).some((failure) => isQuotaExceeded(failure, depth + 1));
  return false;
}
