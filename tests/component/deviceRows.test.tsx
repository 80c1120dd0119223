import { act, render, screen, waitFor } from '@testing-library/react';
import { Activity } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../renderer/db/context';
import { TeamshapeDb } from '../../renderer/db/database';
import { writeMeId } from '../../renderer/db/device';
import { useMeId } from '../../renderer/db/hooks';
import { useLayoutPreference, writeLayoutPreferences } from '../../renderer/db/layoutPreferences';
import { createPerson } from '../../renderer/db/people';

function Me({ onRender }: { onRender?: (value: string | null | undefined) => void }) {
  const me = useMeId();
  onRender?.(me);
  return <p>me {me === undefined ? 'loading' : (me ?? 'nobody')}</p>;
}

function Density() {
  const [density] = useLayoutPreference('boardDensity', 'compact');
  return <p>density {density}</p>;
}

function Screens({ db, shown }: { db: TeamshapeDb; shown: 'me' | 'other' }) {
  return (
    <DbProvider db={db}>
      <Density />
      <Activity mode={shown === 'me' ? 'visible' : 'hidden'}>
        <Me />
      </Activity>
    </DbProvider>
  );
}

let db: TeamshapeDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
  db = undefined;
});

async function freshDb(name: string): Promise<TeamshapeDb> {
  db = new TeamshapeDb(`${name}-${Date.now()}`);
  await db.open();
  return db;
}

describe('this device\u2019s rows (this is me, layout) shown on screens', () => {
  it('are read once for every screen that shows them, and a screen shown again reads none', async () => {
    const database = await freshDb('device-rows-once');
    const ana = await createPerson(database, { name: 'Ana Lima' });
    await writeMeId(database, ana.id);
    await writeLayoutPreferences(database, { boardDensity: 'comfortable' });
    const reads = vi.spyOn(database.device, 'bulkGet');
    const view = render(<Screens db={database} shown="me" />);
    await screen.findByText(`me ${ana.id}`);
    expect(screen.getByText('density comfortable')).toBeInTheDocument();
    expect(reads).toHaveBeenCalledTimes(1);

    view.rerender(<Screens db={database} shown="other" />);
    view.rerender(<Screens db={database} shown="me" />);
    expect(screen.getByText(`me ${ana.id}`)).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('draw a screen mounted later with the value already read, not "loading"', async () => {
    const database = await freshDb('device-rows-later');
    const bo = await createPerson(database, { name: 'Bo Berg' });
    await writeMeId(database, bo.id);
    const first = render(
      <DbProvider db={database}>
        <Density />
      </DbProvider>,
    );
    await waitFor(() => expect(screen.getByText('density compact')).toBeInTheDocument());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    const seen: (string | null | undefined)[] = [];
    render(
      <DbProvider db={database}>
        <Me onRender={(value) => seen.push(value)} />
      </DbProvider>,
    );
    expect(seen[0]).toBe(bo.id);
    first.unmount();
  });

  it('follow a change of this is me and of a preference, written by this window or any other', async () => {
    const database = await freshDb('device-rows-follow');
    const ana = await createPerson(database, { name: 'Ana Lima' });
    render(<Screens db={database} shown="me" />);
    await screen.findByText('me nobody');
    await writeMeId(database, ana.id);
    await screen.findByText(`me ${ana.id}`);
    // Another window writes the table directly (its own Dexie instance, the same database).
    const other = new TeamshapeDb(database.name);
    await other.open();
    await other.device.put({ key: 'layout', value: { boardDensity: 'comfortable' } });
    other.close();
    await screen.findByText('density comfortable');
    await writeMeId(database, null);
    await screen.findByText('me nobody');
  });

  it('stop being followed once no screen shows them', async () => {
    const database = await freshDb('device-rows-stop');
    const view = render(<Screens db={database} shown="me" />);
    await screen.findByText('me nobody');
    const reads = vi.spyOn(database.device, 'bulkGet');
    view.unmount();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    await writeLayoutPreferences(database, { boardDensity: 'comfortable' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(reads).not.toHaveBeenCalled();
  });
});
