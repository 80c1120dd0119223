import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { ValidationError } from '../../../shared/validation';
import { TeamshapeDb } from '../../../renderer/db/database';
import { applyChange, StaleWriteError } from '../../../renderer/db/changes';
import { onChangeCommitted, type CommittedChange } from '../../../renderer/db/changeEvents';
import { UnrecordedWriteError } from '../../../renderer/db/changeRecorder';
import { addMember } from '../../../renderer/db/memberships';
import { createPerson } from '../../../renderer/db/people';
import { createTeam, deleteTeam, updateTeam } from '../../../renderer/db/teams';
import { readUndoHistory, redoLastChange, undoLastChange, UndoConflictError } from '../../../renderer/db/undo';
import { UNDO_LOG_MAX_ENTRIES } from '../../../renderer/db/undoLog';
import { exportWorkspaceText } from '../../../renderer/db/backup';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
let minute = 0;
beforeEach(async () => {
  minute = 0;
  // A clock that moves a minute per reading, so every write has its own updatedAt.
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + minute++ * 60_000));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

/** A second window: another connection to the same database, with its own undo history. */
async function secondWindow(first: TeamshapeDb): Promise<TeamshapeDb> {
  const other = new TeamshapeDb(first.name);
  await other.open();
  return other;
}

describe('the one write path', () => {
  it('refuses a write to a workspace table made outside applyChange', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await expect(db.teams.put({ ...team, name: 'Sneaky' })).rejects.toThrow(UnrecordedWriteError);
    expect((await db.teams.get(team.id))?.name).toBe('Payments');
  });

  it('validates every record with the shared schemas, and writes nothing when one is invalid', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await expect(
      applyChange(db, 'Break things', async () => {
        await db.teams.put({ ...team, name: 'Renamed' });
        await db.teams.put({ ...team, id: 'other', name: '' });
      }),
    ).rejects.toThrow(ValidationError);
    expect((await db.teams.get(team.id))?.name).toBe('Payments');
    expect(await readUndoHistory(db)).toHaveLength(1);
  });

  it('records one undo entry per user action: deleting a team and its memberships is one step', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const person = await createPerson(db, { name: 'Ada Lovelace' });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 50 });
    await deleteTeam(db, team.id);
    const history = await readUndoHistory(db);
    expect(history.map((h) => h.label)).toEqual(['Delete team “Payments”', 'Add a team member', 'Add person “Ada Lovelace”', 'Create team “Payments”']);

    await undoLastChange(db);
    expect((await db.teams.get(team.id))?.deletedAt).toBeNull();
    expect((await db.memberships.where('teamId').equals(team.id).toArray()).map((m) => m.deletedAt)).toEqual([null]);
  });

  it('joins a change made inside another change to the same entry', async () => {
    await applyChange(db, 'Set up two teams', async () => {
      await createTeam(db, { planId: LIVE_PLAN_ID, name: 'One' });
      await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Two' });
    });
    expect((await readUndoHistory(db)).map((h) => h.label)).toEqual(['Set up two teams']);
    await undoLastChange(db);
    expect((await db.teams.toArray()).filter((t) => t.deletedAt === null)).toEqual([]);
  });

  it('copies 500 teams as one entry that records their ids, not 500 copies', async () => {
    await applyChange(db, 'Copy 500 teams', async () => {
      for (let i = 0; i < 500; i++) await createTeam(db, { planId: LIVE_PLAN_ID, name: `Team ${i}` });
    });
    const entries = await db.table('undoLog').toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0].writes).toHaveLength(500);
    expect(entries[0].writes.every((write: { before: unknown }) => write.before === null)).toBe(true);
  });

  it('tells the window what committed, after the commit', async () => {
    const heard: CommittedChange[] = [];
    const stop = onChangeCommitted(db, (change) => heard.push(change));
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await undoLastChange(db);
    await redoLastChange(db);
    stop();
    expect(heard.map((c) => [c.kind, c.label])).toEqual([
      ['change', 'Create team “Payments”'],
      ['undo', 'Create team “Payments”'],
      ['redo', 'Create team “Payments”'],
    ]);
    expect(heard[0]!.writes.map((w) => w.id)).toEqual([team.id]);
  });

  it('keeps the undo log out of backups', async () => {
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const backup = JSON.parse((await exportWorkspaceText(db, '0.1.0')).text);
    expect(Object.keys(backup.tables)).not.toContain('undoLog');
  });
});

describe('undo and redo', () => {
  it('undoes and redoes a rename', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await updateTeam(db, team.id, { name: 'Payments Platform' });
    expect(await undoLastChange(db)).toEqual({ label: 'Edit team “Payments Platform”' });
    expect((await db.teams.get(team.id))?.name).toBe('Payments');
    expect(await redoLastChange(db)).toEqual({ label: 'Edit team “Payments Platform”' });
    expect((await db.teams.get(team.id))?.name).toBe('Payments Platform');
  });

  it('undoes a creation with a tombstone, never a hard delete', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await undoLastChange(db);
    const stored = await db.teams.get(team.id);
    expect(stored?.deletedAt).not.toBeNull();
    expect(stored!.updatedAt > team.updatedAt).toBe(true);
  });

  it('undoes several steps in order, and a new action ends what could be redone', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'A' });
    await updateTeam(db, team.id, { name: 'B' });
    await updateTeam(db, team.id, { name: 'C' });
    await undoLastChange(db);
    await undoLastChange(db);
    expect((await db.teams.get(team.id))?.name).toBe('A');
    await redoLastChange(db);
    expect((await db.teams.get(team.id))?.name).toBe('B');
    await redoLastChange(db);
    expect((await db.teams.get(team.id))?.name).toBe('C');
    await undoLastChange(db);
    expect((await db.teams.get(team.id))?.name).toBe('B');
    await updateTeam(db, team.id, { name: 'D' });
    expect(await redoLastChange(db)).toBeNull();
    expect((await readUndoHistory(db)).map((h) => [h.label, h.state])).toEqual([
      ['Edit team “D”', 'done'],
      ['Edit team “B”', 'done'],
      ['Create team “A”', 'done'],
    ]);
  });

  it('says there is nothing to undo or redo on a new window', async () => {
    expect(await undoLastChange(db)).toBeNull();
    expect(await redoLastChange(db)).toBeNull();
  });

  it('keeps at most 500 entries per window and drops entries older than 7 days', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'T' });
    for (let i = 0; i < UNDO_LOG_MAX_ENTRIES + 5; i++) await updateTeam(db, team.id, { name: `T${i}` });
    expect(await readUndoHistory(db)).toHaveLength(UNDO_LOG_MAX_ENTRIES);
    minute += 8 * 24 * 60;
    await updateTeam(db, team.id, { name: 'Much later' });
    expect((await readUndoHistory(db)).map((h) => h.label)).toEqual(['Edit team “Much later”']);
  });
});

describe('with a clock that stands still (two edits in one millisecond)', () => {
  it('still moves each record’s updatedAt forward, so stale writes and undo tell versions apart', async () => {
    setClock(() => new Date('2026-11-16T09:00:00.000Z'));
    const other = await secondWindow(db);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'A' });
    const renamed = await updateTeam(db, team.id, { name: 'B' });
    expect(renamed.updatedAt).toBe('2026-11-16T09:00:00.001Z');
    await updateTeam(other, team.id, { name: 'C' });
    await expect(updateTeam(db, team.id, { name: 'D' }, { expectedUpdatedAt: renamed.updatedAt })).rejects.toThrow(StaleWriteError);
    await expect(undoLastChange(db)).rejects.toThrow(UndoConflictError);
    expect(await undoLastChange(other)).toEqual({ label: 'Edit team “C”' });
    expect(await redoLastChange(other)).toEqual({ label: 'Edit team “C”' });
    expect(await undoLastChange(other)).toEqual({ label: 'Edit team “C”' });
    expect((await db.teams.get(team.id))?.name).toBe('B');
    // Back to B, but through another window's versions: this window's undo stays refused.
    await expect(undoLastChange(db)).rejects.toThrow(UndoConflictError);
    other.close();
  });
});

describe('two windows on one database', () => {
  it('refuses a save over a record another window changed since it was read, and names what changed', async () => {
    const other = await secondWindow(db);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await updateTeam(other, team.id, { name: 'Payments Platform' });
    const stale = updateTeam(db, team.id, { mission: 'Mine' }, { expectedUpdatedAt: team.updatedAt });
    await expect(stale).rejects.toThrow(StaleWriteError);
    await expect(stale).rejects.toThrow('Team “Payments Platform” was changed in another window while you were editing it.');
    const error = (await stale.catch((e: unknown) => e)) as StaleWriteError;
    expect(error.current?.name).toBe('Payments Platform');
    expect((await db.teams.get(team.id))?.mission).toBe('');
    other.close();
  });

  it('keeps each window’s undo history its own', async () => {
    const other = await secondWindow(db);
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Mine' });
    await createTeam(other, { planId: LIVE_PLAN_ID, name: 'Theirs' });
    await undoLastChange(db);
    const alive = (await db.teams.toArray()).filter((t) => t.deletedAt === null).map((t) => t.name);
    expect(alive).toEqual(['Theirs']);
    other.close();
  });

  it('refuses to undo when another window changed the record since, and changes nothing', async () => {
    const other = await secondWindow(db);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await updateTeam(db, team.id, { name: 'Mine' });
    await updateTeam(other, team.id, { name: 'Theirs' });
    await expect(undoLastChange(db)).rejects.toThrow(UndoConflictError);
    await expect(undoLastChange(db)).rejects.toThrow('Could not undo “Edit team “Mine””: Team “Theirs” was changed in another window since.');
    expect((await db.teams.get(team.id))?.name).toBe('Theirs');
    other.close();
  });
});
