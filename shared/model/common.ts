import { z } from 'zod';

export const Id = z.string().trim().min(1, 'an id is required').max(120, 'an id is at most 120 characters');
export type Id = z.infer<typeof Id>;

/** ISO 8601 UTC timestamp such as 2026-11-26T12:00:00.000Z. */
export const Timestamp = z.iso.datetime({ message: 'must be an ISO 8601 UTC timestamp such as 2026-11-26T12:00:00.000Z' });

/** Date-only field, YYYY-MM-DD. */
export const DateOnly = z.iso.date({ message: 'must be a date in the form YYYY-MM-DD' });
export type DateOnly = z.infer<typeof DateOnly>;

export function requiredText(label: string, max: number) {
  return z
    .string({ message: `${label} must be text` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);
}

export function optionalText(label: string, max: number) {
  return z.string({ message: `${label} must be text` }).trim().max(max, `${label} must be at most ${max} characters`);
}

/** Fields every stored record carries (see ARCHITECTURE.md, data model conventions). */
export const recordFields = {
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Tombstone: null while alive; set instead of deleting so merges and sync stay correct. */
  deletedAt: Timestamp.nullable(),
  /** The person ("this is me") who last changed the record, when known. */
  updatedBy: Id.nullable(),
  /** Set when a natural-key clash tombstoned this record into another (the survivor's id); absent or null otherwise. */
  mergedIntoId: Id.nullable().optional(),
};

export type RecordFields = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  updatedBy: string | null;
  mergedIntoId?: string | null;
};

export const recordFieldMask = {
  id: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  updatedBy: true,
  mergedIntoId: true,
} as const;
