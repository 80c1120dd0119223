import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DbProvider } from '../../renderer/db/context';
import { TeamshapeDb } from '../../renderer/db/database';
import { DEVICE_KEYS } from '../../renderer/db/device';
import { readLayoutPreferences, useLayoutPreference, writeLayoutPreferences } from '../../renderer/db/layoutPreferences';

function Density({ onRender }: { onRender: (value: string) => void }) {
  const [density] = useLayoutPreference('boardDensity', 'compact');
  onRender(density);
  return <p>density {density}</p>;
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

describe('a layout preference on a screen mounted after the app read them', () => {
  it('draws its first frame with the saved choice, not the default', async () => {
    const database = await freshDb('layout-first-frame');
    await writeLayoutPreferences(database, { boardDensity: 'comfortable' });
    await readLayoutPreferences(database);
    const rendered: string[] = [];
    render(
      <DbProvider db={database}>
        <Density onRender={(value) => rendered.push(value)} />
      </DbProvider>,
    );
    expect(rendered[0]).toBe('comfortable');
    await waitFor(() => expect(screen.getByText('density comfortable')).toBeTruthy());
    expect(rendered).not.toContain('compact');
  });

  it('shows the default on a database whose preferences were never read, then the stored value', async () => {
    const database = await freshDb('layout-unread');
    await database.device.put({ key: DEVICE_KEYS.layout, value: { boardDensity: 'comfortable' } });
    const rendered: string[] = [];
    render(
      <DbProvider db={database}>
        <Density onRender={(value) => rendered.push(value)} />
      </DbProvider>,
    );
    expect(rendered[0]).toBe('compact');
    await waitFor(() => expect(screen.getByText('density comfortable')).toBeTruthy());
  });
});
