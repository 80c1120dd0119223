/**
 * Issue 21: what comes from another laptop is named so — an undo or a save refused because
 * another laptop changed the record says "on another laptop", never "in another window".
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { createTeam, updateTeam } from '../../../renderer/db/teams';
import { undoLastChange } from '../../../renderer/db/undo';
import { onChangeCommitted, type CommittedChange } from '../../../renderer/db/changeEvents';
import { closeLaptop, exchange, laptop, type Laptop } from './laptops';

let a: Laptop;
let b: Laptop;
let tick = 0;
beforeEach(async () => {
  tick = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + tick++ * 1000));
  [a, b] = [await laptop(), await laptop()];
});
afterEach(async () => {
  resetClock();
  await Promise.all([closeLaptop(a), closeLaptop(b)]);
});

describe('changes from another laptop', () => {
  it('refuses an undo over a record another laptop changed since, saying so', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    await updateTeam(b.db, team.id, { mission: 'Mine' });
    await exchange(a, b);
    await updateTeam(a.db, team.id, { mission: 'Theirs' });
    await exchange(a, b);
    await expect(undoLastChange(b.db)).rejects.toThrow(/was changed on another laptop since\. Nothing was changed\./);
  });

  it('refuses a save over a version another laptop wrote meanwhile, saying so', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    const read = (await b.db.teams.get(team.id))!;
    await updateTeam(a.db, team.id, { name: 'Payments & Billing' });
    await exchange(a, b);
    await expect(updateTeam(b.db, team.id, { mission: 'Late' }, { expectedUpdatedAt: read.updatedAt })).rejects.toThrow(
      'Team “Payments & Billing” was changed on another laptop while you were editing it.',
    );
  });

  it('still says "in another window" for a change made on this laptop', async () => {
    const team = await createTeam(b.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const read = (await b.db.teams.get(team.id))!;
    await updateTeam(b.db, team.id, { name: 'Other window' });
    await expect(updateTeam(b.db, team.id, { mission: 'Late' }, { expectedUpdatedAt: read.updatedAt })).rejects.toThrow('was changed in another window');
  });

  it('marks what it brings as from sync, labelled "from another laptop", and not undoable', async () => {
    const heard: CommittedChange[] = [];
    onChangeCommitted(b.db, (change) => heard.push(change));
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    expect(heard.map((change) => [change.label, change.fromSync, change.undoable])).toEqual([['Changes from another laptop', true, false]]);
  });
});
