import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { addKeyResult, createObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { deleteKeyResult } from '../../../renderer/db/okrKeyResults';
import { readLatestCheckIns } from '../../../renderer/db/okrReads';
import { createTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const TODAY = '2026-11-16';
const recent = { asOf: TODAY, days: 14, isToday: true };

async function keyResults(count: number, periodId = 'period:2026-Q4') {
  const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Web' });
  const objective = await createObjective(db, { title: 'O', periodId, ownerTeamIds: [team.id] });
  const krs = [];
  for (let i = 0; i < count; i++) krs.push(await addKeyResult(db, { objectiveId: objective.id, title: `KR ${i}`, metric: 'increase', start: 0, target: 100 }));
  return krs.map((k) => k.id);
}

const checkIn = (keyResultId: string, date: string, value: number) => recordCheckIn(db, { keyResultId, date, value, confidence: 5 }, TODAY);

describe('reading the current check-in of many key results, recent ones first', () => {
  it('gives the same answer with or without the recent window', async () => {
    const [fresh, stale, never, backDated] = await keyResults(4);
    await checkIn(fresh!, '2026-10-05', 10);
    await checkIn(fresh!, '2026-11-10', 40);
    await checkIn(stale!, '2026-10-01', 5);
    await checkIn(stale!, '2026-10-12', 15);
    await checkIn(backDated!, '2026-11-14', 30);
    await checkIn(backDated!, '2026-10-02', 99); // entered later, dated earlier: history only
    const ids = [fresh!, stale!, never!, backDated!];
    const values = (map: Map<string, { value: number }>) => ids.map((id) => map.get(id)?.value);
    expect(values(await readLatestCheckIns(db, ids, recent))).toEqual([40, 15, undefined, 30]);
    expect(values(await readLatestCheckIns(db, ids))).toEqual([40, 15, undefined, 30]);
  });

  it('reads each key result’s own window for a past period (check-ins dated after its end still count)', async () => {
    const [kr] = await keyResults(1, 'period:2026-Q3');
    await checkIn(kr!, '2026-09-25', 50);
    await checkIn(kr!, '2026-10-03', 55); // a late check-in, after Q3 ended (within the grace window)
    const latest = await readLatestCheckIns(db, [kr!], { asOf: '2026-09-30', days: 14, isToday: false });
    expect(latest.get(kr!)?.value).toBe(55);
  });

  it('ignores deleted check-ins', async () => {
    const [kr] = await keyResults(1);
    await checkIn(kr!, '2026-11-10', 40);
    await deleteKeyResult(db, kr!);
    expect((await readLatestCheckIns(db, [kr!], recent)).size).toBe(0);
  });
});
