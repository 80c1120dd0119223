import type { z } from 'zod';
import { isQuotaExceeded, QUOTA_EXCEEDED_MESSAGE } from '../db/quota';

/** First message per top-level field, for showing next to the inputs of a form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

export function errorMessage(error: unknown): string {
  if (isQuotaExceeded(error)) return QUOTA_EXCEEDED_MESSAGE;
  return error instanceof Error ? error.message : 'Something unexpected went wrong. Please try again.';
}
