import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../shared/model';
import { TeamsPage } from '../../renderer/features/teams/TeamsPage';
import { createTeam } from '../../renderer/db/teams';
import { createPerson } from '../../renderer/db/people';
import { addMember } from '../../renderer/db/memberships';
import { useTeamsUi } from '../../renderer/state/teamsUi';
import { renderWithDb } from './renderWithDb';

beforeEach(() => {
  useTeamsUi.setState({ editor: null, deletingTeamId: null });
});

describe('Teams page', () => {
  it('offers the sample organisation on an empty workspace', async () => {
    await renderWithDb(<TeamsPage />);
    expect(await screen.findByRole('heading', { name: 'Your workspace is empty' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load sample organisation' })).toBeEnabled();
  });

  it('shows a team with its headcount and FTE, updated live when a member joins', async () => {
    const { db } = await renderWithDb(<TeamsPage />);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Billing', services: ['Invoicing'] });
    const card = await screen.findByRole('article', { name: 'Billing' });
    expect(card).toHaveTextContent('0/10 · 0 FTE');

    const person = await createPerson(db, { name: 'Rosa Costa' });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 50 });
    await waitFor(() => expect(card).toHaveTextContent('1/10 · 0.5 FTE'));
    expect(screen.getByText('1 team · 1 person · 0.5 FTE')).toBeInTheDocument();
  });

  it('judges a typed team’s size by its type’s limits, as its health does', async () => {
    const { db } = await renderWithDb(<TeamsPage />);
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Enablers', services: ['Coaching'], type: 'enabling' });
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Untyped', services: ['Billing'] });
    // Enabling teams: warn above 6, fail above 8 (their principle set); a team without a type: Settings' 10.
    const enablers = await screen.findByRole('article', { name: 'Enablers' });
    await waitFor(() => expect(enablers).toHaveTextContent('0/8 · 0 FTE'));
    expect(screen.getByRole('article', { name: 'Untyped' })).toHaveTextContent('0/10 · 0 FTE');
  });

  it('explains a missing team name next to the field and creates nothing', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<TeamsPage />);
    await user.click(screen.getByRole('button', { name: 'New team' }));
    const dialog = await screen.findByRole('dialog', { name: 'New team' });
    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Team name is required');
    expect(within(dialog).getByLabelText('Team name')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.teams.count()).toBe(0);
  });

  it('explains a team name that is too long', async () => {
    const user = userEvent.setup();
    await renderWithDb(<TeamsPage />);
    await user.click(screen.getByRole('button', { name: 'New team' }));
    const dialog = await screen.findByRole('dialog', { name: 'New team' });
    const name = within(dialog).getByLabelText('Team name');
    name.removeAttribute('maxlength');
    await user.type(name, 'x'.repeat(81));
    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Team name must be at most 80 characters');
  });

  it('creates a team from the dialog and closes it', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<TeamsPage />);
    await user.click(screen.getByRole('button', { name: 'New team' }));
    const dialog = await screen.findByRole('dialog', { name: 'New team' });
    await user.type(within(dialog).getByLabelText('Team name'), 'Identity & Access');
    await user.type(within(dialog).getByLabelText('Services it owns'), 'Single sign-on');
    await user.click(within(dialog).getByRole('button', { name: 'Create team' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('article', { name: 'Identity & Access' })).toHaveTextContent('0/10 · 0 FTE');
    expect((await db.teams.toArray()).map((t) => t.name)).toEqual(['Identity & Access']);
  });

  it('asks before deleting and names how many memberships go with the team', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<TeamsPage />);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Web' });
    const person = await createPerson(db, { name: 'Hugo Berg' });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 100 });
    await user.click(await screen.findByRole('button', { name: 'Delete Web' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Web?' });
    await waitFor(() => expect(confirm).toHaveTextContent('Its 1 membership will be removed too'));
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await db.teams.get(team.id))?.deletedAt).toBeNull();
  });
});
