import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PeoplePage } from '../../renderer/features/people/PeoplePage';
import { createPerson, updatePerson } from '../../renderer/db/people';
import { usePeopleUi } from '../../renderer/state/peopleUi';
import { renderWithDb } from './renderWithDb';
import { MemoryRouter } from 'react-router';
import { LIVE_PLAN_ID, type KeyResult, type Objective } from '../../shared/model';
import { DbProvider } from '../../renderer/db/context';
import { addKeyResult, createObjective, updateObjective } from '../../renderer/db/okrs';
import { updateKeyResult } from '../../renderer/db/okrKeyResults';
import { createTeam } from '../../renderer/db/teams';
import { ObjectiveEditorDialog } from '../../renderer/features/okrs/ObjectiveEditorDialog';
import { KeyResultEditorDialog } from '../../renderer/features/okrs/KeyResultEditorDialog';
import { fixClock, TODAY } from './okrTestSetup';

beforeEach(() => {
  usePeopleUi.setState({ editor: null });
});

async function editAda() {
  const user = userEvent.setup();
  const view = await renderWithDb(<PeoplePage />, async (db) => {
    await createPerson(db, { name: 'Ada Lovelace', title: 'Engineer' });
    return '/people';
  });
  const ada = (await view.db.people.toArray())[0]!;
  // The directory is virtualised (jsdom lays nothing out): open the editor as its row button does.
  act(() => usePeopleUi.getState().openEditor({ mode: 'edit', personId: ada.id }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Ada Lovelace' });
  return { user, dialog, db: view.db, ada };
}

describe('editing a person another window changed meanwhile', () => {
  it('refuses the save, says what changed, and takes theirs on request', async () => {
    const { user, dialog, db, ada } = await editAda();
    await user.clear(within(dialog).getByLabelText('Job title'));
    await user.type(within(dialog).getByLabelText('Job title'), 'Architect');
    await updatePerson(db, ada.id, { name: 'Ada King' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const notice = await within(dialog).findByText(/was changed in another window/);
    expect(notice).toHaveTextContent('Person “Ada King” was changed in another window while you were editing it.');
    expect(within(dialog).getByText('Name is now “Ada King”')).toBeInTheDocument();
    expect((await db.people.get(ada.id))?.title).toBe('Engineer');

    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Ada King');
    expect(within(dialog).getByLabelText('Job title')).toHaveValue('Engineer');
  });

  it('saves over the other version when the user keeps theirs', async () => {
    const { user, dialog, db, ada } = await editAda();
    await user.clear(within(dialog).getByLabelText('Job title'));
    await user.type(within(dialog).getByLabelText('Job title'), 'Architect');
    await updatePerson(db, ada.id, { title: 'Manager' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('Job title is now “Manager”')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await db.people.get(ada.id))?.title).toBe('Architect'));
  });
});

describe('editing an objective or a key result another window changed meanwhile', () => {
  it('refuses the objective’s save and offers both versions', async () => {
    const restoreClock = fixClock();
    const user = userEvent.setup();
    let objective: Objective | undefined;
    const view = await renderWithDb(<div />, async (db) => {
      const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Portal' });
      objective = await createObjective(db, { title: 'Customers help themselves', periodId: 'period:2026-Q4', ownerTeamIds: [team.id] });
      return '/okrs';
    });
    view.rerender(
      <DbProvider db={view.db}>
        <MemoryRouter>
          <ObjectiveEditorDialog open onOpenChange={() => {}} objective={objective!} today={TODAY} periodId="period:2026-Q4" />
        </MemoryRouter>
      </DbProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    await updateObjective(view.db, objective!.id, { title: 'Customers solve it in the portal' });
    await user.clear(within(dialog).getByLabelText('Description'));
    await user.type(within(dialog).getByLabelText('Description'), 'Mine');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('Objective is now “Customers solve it in the portal”')).toBeInTheDocument();
    expect((await view.db.objectives.get(objective!.id))?.description).toBe('');
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await view.db.objectives.get(objective!.id))?.description).toBe('Mine'));
    restoreClock();
  });

  it('refuses the key result’s save and takes theirs on request', async () => {
    const restoreClock = fixClock();
    const user = userEvent.setup();
    let keyResult: KeyResult | undefined;
    const view = await renderWithDb(<div />, async (db) => {
      const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Portal' });
      const objective = await createObjective(db, { title: 'Self-service', periodId: 'period:2026-Q4', ownerTeamIds: [team.id] });
      keyResult = await addKeyResult(db, { objectiveId: objective.id, title: 'Share solved in the portal', metric: 'increase', start: 20, target: 60, unit: '%', sortOrder: 0 });
      return '/okrs';
    });
    view.rerender(
      <DbProvider db={view.db}>
        <MemoryRouter>
          <KeyResultEditorDialog open onOpenChange={() => {}} objectiveId={keyResult!.objectiveId} keyResult={keyResult!} nextSortOrder={1} />
        </MemoryRouter>
      </DbProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    await updateKeyResult(view.db, keyResult!.id, { target: 70 });
    await user.clear(within(dialog).getByLabelText('Unit'));
    await user.type(within(dialog).getByLabelText('Unit'), 'percent');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('Target is now “70”')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    expect(within(dialog).getByLabelText('Unit')).toHaveValue('%');
    expect((await view.db.keyResults.get(keyResult!.id))?.unit).toBe('%');
    restoreClock();
  });
});
