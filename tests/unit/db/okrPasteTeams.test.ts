import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { parseOutline } from '../../../shared/import/outline/outline';
import { planOutlineSave } from '../../../shared/import/outline/outlineSave';
import { createPastedObjectives } from '../../../renderer/db/okrPaste';
import { createTeam } from '../../../renderer/db/teams';
import { undoLastChange } from '../../../renderer/db/undo';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const PASTE = `## Growth squad

More customers find us on their own
- Increase organic sign-ups from 1200 to 2000 per month (Owner: Growth squad)

Customers pay without friction
Owner: Payments, Growth squad
- Increase checkout conversion from 62 % to 70 %
`;

const liveTeams = async () => (await db.teams.where('planId').equals(LIVE_PLAN_ID).toArray()).filter((t) => t.deletedAt === null);
const liveObjectives = async () => (await db.objectives.toArray()).filter((o) => o.deletedAt === null);

describe('saving a paste that names a team the workspace lacks', () => {
  it('creates the team with the objectives it owns in one change, and one undo removes both', async () => {
    const payments = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const parsed = parseOutline(PASTE);
    expect(parsed.problems).toEqual([]);
    const plan = planOutlineSave(parsed, {
      teams: await liveTeams(), people: [], chosenTeamIds: [], period: { id: 'period:2026-Q3', start: '2026-07-01', end: '2026-09-30' }, today: '2026-07-14', objectives: [],
    });
    expect(plan.problems).toEqual([]);
    await createPastedObjectives(db, plan.entries, { periodId: 'period:2026-Q3', kind: 'committed', today: '2026-07-14', newTeamNames: plan.newTeamNames });

    const growth = (await liveTeams()).find((t) => t.name === 'Growth squad');
    expect(growth).toBeDefined();
    const objectives = await liveObjectives();
    expect(objectives.map((o) => [o.title, [...o.ownerTeamIds].sort()])).toEqual([
      ['More customers find us on their own', [growth!.id]],
      ['Customers pay without friction', [growth!.id, payments.id].sort()],
    ]);
    const keyResults = (await db.keyResults.toArray()).filter((k) => k.objectiveId === objectives[0]!.id);
    expect(keyResults.map((k) => k.ownerTeamId)).toEqual([growth!.id]);
    const undo = (await db.table('undoLog').toArray()).at(-1) as { label: string };
    expect(undo.label).toBe('Create 2 objectives from a paste and 1 team');

    await undoLastChange(db);
    expect((await liveTeams()).map((t) => t.name)).toEqual(['Payments']);
    expect(await liveObjectives()).toEqual([]);
  });

  it('takes a team of that name created meanwhile (another window) instead of making a second one', async () => {
    const plan = planOutlineSave(parseOutline(PASTE), {
      teams: [], people: [], chosenTeamIds: [], period: { id: 'period:2026-Q3', start: '2026-07-01', end: '2026-09-30' }, today: '2026-07-14', objectives: [],
    });
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const growth = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'growth squad' });
    // Both were unknown when the preview was made.
    expect(plan.newTeamNames).toEqual(['Growth squad', 'Payments']);
    await createPastedObjectives(db, plan.entries, { periodId: 'period:2026-Q3', kind: 'committed', today: '2026-07-14', newTeamNames: plan.newTeamNames });
    expect((await liveTeams()).map((t) => t.name).sort()).toEqual(['Payments', 'growth squad']);
    expect((await liveObjectives()).find((o) => o.title === 'More customers find us on their own')?.ownerTeamIds).toEqual([growth.id]);
  });
});
