import type { CheckIn } from '../../shared/model';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { RuleViolationError } from './errors';
import { recordCheckIn } from './okrs';
import { mustBeAlive } from './okrReads';
import { currentActor, stampDelete } from './stamp';

export interface CheckInCorrection {
  value: number;
  confidence: number;
  note?: string;
}

/**
 * Corrects a check-in: append-only, so the correction is a new check-in of the same date pointing
 * at the one it corrects (correctsId); the history keeps both, and only the correction counts.
 */
export async function correctCheckIn(db: TeamshapeDb, checkInId: string, correction: CheckInCorrection, today: string): Promise<CheckIn> {
  return applyChange(db, (checkIn) => `Correct the check-in of ${checkIn.date}`, async () => {
    const original = await mustBeAlive(db.checkIns, checkInId, 'check-in');
    const corrected = await db.checkIns.where('keyResultId').equals(original.keyResultId).filter((c) => c.deletedAt === null && c.correctsId === checkInId).count();
    if (corrected > 0) throw new RuleViolationError(`The check-in of ${original.date} was corrected already: correct the correction instead.`);
    return recordCheckIn(db, { keyResultId: original.keyResultId, date: original.date, note: original.note, ...correction, correctsId: original.id }, today);
  });
}

/** Deletes a check-in (a tombstone, kept in the history); deleting a correction brings back the value it corrected. */
export async function deleteCheckIn(db: TeamshapeDb, checkInId: string): Promise<void> {
  await applyChange(db, 'Delete a check-in', async () => {
    const checkIn = await mustBeAlive(db.checkIns, checkInId, 'check-in');
    await db.checkIns.put({ ...checkIn, ...stampDelete(await currentActor(db)) });
  });
}
