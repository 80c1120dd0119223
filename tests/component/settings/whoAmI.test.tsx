import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { usePeople } from '../../../renderer/db';
import { readMeId, writeMeId } from '../../../renderer/db/device';
import { createPerson } from '../../../renderer/db/people';
import { readSettings } from '../../../renderer/db/settings';
import { WhoAmI } from '../../../renderer/features/settings/WhoAmI';
import { renderWithDb } from '../renderWithDb';

/** The section as the settings page shows it, with the directory's people. */
function WhoAmIOfDirectory() {
  const people = usePeople();
  return people ? <WhoAmI people={people} /> : null;
}

describe('"This is me" in the settings', () => {
  it('saves the chosen person on this device, not in the workspace settings', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<WhoAmIOfDirectory />, async (db) => {
      await createPerson(db, { name: 'Ana Lima' });
      return '/settings';
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Person' }), 'Ana Lima');
    expect(await readMeId(db)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const ana = await db.people.where('name').equals('Ana Lima').first();
    await waitFor(async () => expect(await readMeId(db)).toBe(ana!.id));
    expect(Object.hasOwn(await readSettings(db), 'meId')).toBe(false);
  });

  it('shows who this device says it is', async () => {
    let boId = '';
    await renderWithDb(<WhoAmIOfDirectory />, async (db) => {
      boId = (await createPerson(db, { name: 'Bo Berg' })).id;
      await writeMeId(db, boId);
      return '/settings';
    });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Person' })).toHaveValue(boId));
  });
});

describe('"This is me" in a directory of thousands', () => {
  it('lists the first 100 people, and typing narrows the list to the ones that match', async () => {
    const user = userEvent.setup();
    await renderWithDb(<WhoAmIOfDirectory />, async (db) => {
      for (let i = 0; i < 150; i++) await createPerson(db, { name: `Person ${String(i).padStart(3, '0')}` });
      await createPerson(db, { name: 'Zoë Ndiaye' });
      return '/settings';
    });
    const select = await screen.findByRole('combobox', { name: 'Person' });
    // Not in use, the field holds only its choice (the settings screen stays small to show and hide).
    await waitFor(() => expect(screen.getByText('The list shows the first 100 of 151 people: type part of your name, email or employee ID.')).toBeInTheDocument());
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Not chosen yet']);
    select.focus();
    await waitFor(() => expect(select.querySelectorAll('option')).toHaveLength(101));
    expect(screen.getByText('The list shows the first 100 of 151 people: type part of your name, email or employee ID.')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find yourself' }), 'zoë');
    select.focus();
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Not chosen yet', 'Zoë Ndiaye']);
  });
});
