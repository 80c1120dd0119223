import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../shared/model';
import { applyChange } from '../../renderer/db/changes';
import type { TeamshapeDb } from '../../renderer/db/database';
import { addMember } from '../../renderer/db/memberships';
import { createPerson } from '../../renderer/db/people';
import { createTeam } from '../../renderer/db/teams';
import { PeoplePage } from '../../renderer/features/people/PeoplePage';
import { TeamsPage } from '../../renderer/features/teams/TeamsPage';
import { usePeopleUi } from '../../renderer/state/peopleUi';
import { renderWithDb } from './renderWithDb';

const DRAFT = 'plan:draft-reorg';
const at = '2026-11-16T09:00:00.000Z';

/** A live organisation and a draft plan beside it in which Rosa works on another team, part-time. */
async function twoPlans(db: TeamshapeDb): Promise<void> {
  await applyChange(db, 'Add a draft plan', async () => {
    await db.plans.add({ id: DRAFT, createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null, name: 'Reorganisation 2027', kind: 'draft', description: '', basedOnPlanId: LIVE_PLAN_ID });
  });
  const rosa = await createPerson(db, { name: 'Rosa Costa' });
  const live = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Live Payments' });
  const draft = await createTeam(db, { planId: DRAFT, name: 'Draft Squad' });
  await addMember(db, { planId: LIVE_PLAN_ID, teamId: live.id, personId: rosa.id, roleId: ROLE_IDS.developer, allocation: 100 });
  await addMember(db, { planId: DRAFT, teamId: draft.id, personId: rosa.id, roleId: ROLE_IDS.productOwner, allocation: 60 });
}

describe('the plan comes from the address', () => {
  it('shows the draft plan’s teams on the board, and only them', async () => {
    await renderWithDb(<TeamsPage />, async (db) => {
      await twoPlans(db);
      return `/teams?plan=${DRAFT}`;
    });
    const card = await screen.findByRole('article', { name: 'Draft Squad' });
    expect(within(card).getByRole('button', { name: /^Rosa Costa, Product owner, 60%/ })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Live Payments' })).toBeNull();
    expect(screen.getByText('1 team · 1 person · 0.6 FTE')).toBeInTheDocument();
  }, 15_000);

  it('lists people with their teams and allocation in the draft plan', async () => {
    const { db } = await renderWithDb(<PeoplePage />, async (seeded) => {
      await twoPlans(seeded);
      return `/people?plan=${DRAFT}`;
    });
    await screen.findByText('1 person in the directory');
    // The team filter offers the draft's teams only.
    const teamFilter = screen.getByLabelText('Team');
    expect([...teamFilter.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All teams', 'Draft Squad']);
    // jsdom lays nothing out, so the virtual rows are not drawn: open Rosa's teams as her row's button does.
    const rosa = (await db.people.toArray())[0]!;
    act(() => usePeopleUi.getState().editTeamsOf(rosa.id));
    const dialog = await screen.findByRole('dialog', { name: 'Teams of Rosa Costa' });
    expect(within(dialog).getByRole('rowheader', { name: 'Draft Squad' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('rowheader', { name: 'Live Payments' })).toBeNull();
    expect(within(dialog).getByLabelText('Allocation on Draft Squad (%)')).toHaveValue(60);
    act(() => usePeopleUi.getState().editTeamsOf(null));
  }, 15_000);
});
