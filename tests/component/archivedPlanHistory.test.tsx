import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMember } from '../../renderer/db/memberships';
import { createPerson, deletePerson } from '../../renderer/db/people';
import { createDraft } from '../../renderer/db/scenarios';
import { promoteDraft } from '../../renderer/db/scenarioPromotion';
import { createTeam } from '../../renderer/db/teams';
import { TeamView } from '../../renderer/features/teams/TeamView';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../shared/model';
import { fixClock, freshOkrDb, renderRoute } from './okrTestSetup';

describe('an archived plan shows who was there', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = fixClock();
  });
  afterEach(() => restore());

  it('names a person deleted after the plan was archived as “(removed)” on the archived team, and drops them from the live one', async () => {
    const db = await freshOkrDb();
    const ana = await createPerson(db, { name: 'Ana Lima' });
    await createPerson(db, { name: 'Bo Chen' });
    const pay = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: pay.id, personId: ana.id, roleId: ROLE_IDS.developer, allocation: 100 });
    const draft = await createDraft(db, { name: 'Next', fromPlanId: LIVE_PLAN_ID });
    const { archivedPlan } = await promoteDraft(db, draft.id, '2026-11-20', {});
    const livePay = (await db.teams.where('planId').equals(LIVE_PLAN_ID).toArray()).find((t) => t.name === 'Payments' && t.deletedAt === null)!;
    await deletePerson(db, ana.id);

    const archived = renderRoute(db, <TeamView />, '/teams/:teamId', `/teams/${pay.id}?plan=${encodeURIComponent(archivedPlan.id)}`);
    expect(await screen.findByText('Ana Lima (removed)')).toBeInTheDocument();
    expect(screen.queryByText('Unknown person')).toBeNull();
    archived.unmount();

    renderRoute(db, <TeamView />, '/teams/:teamId', `/teams/${livePay.id}`);
    const main = await screen.findByRole('heading', { level: 1, name: /Payments/ });
    expect(within(main.closest('main') ?? document.body).queryByText(/Ana Lima/)).toBeNull();
  });
});
