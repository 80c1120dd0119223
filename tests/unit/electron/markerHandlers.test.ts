import type { IpcMainInvokeEvent } from 'electron';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMarkerHandlers } from '../../../electron/ipc/markerHandlers';
import { answerInvoke } from '../../../electron/ipc/registerBridge';
import { fakeFrame } from '../../fakes/electron';

let folder: string;
const event = {} as IpcMainInvokeEvent;
const trusted = { senderFrame: fakeFrame('app://teamshape/index.html'), sender: {} } as unknown as IpcMainInvokeEvent;
const policy = { trustedOrigins: ['app://teamshape'], isOwnWindow: () => true, logError: () => {} };
const marker = { hadData: true, teams: 12, people: 95, objectives: 8, lastSeenAt: '2026-11-16T09:00:00.000Z' };

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-userdata-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('main keeps the note that this computer had a workspace', () => {
  it('reads nothing until a note is written, then the note, from a file in the data folder', async () => {
    const file = join(folder, 'workspace-marker.json');
    const handlers = createMarkerHandlers({ markerFile: () => file });
    expect(await handlers['workspace:readMarker'](undefined, event)).toBeNull();
    expect(await handlers['workspace:writeMarker'](marker, event)).toBeNull();
    expect(await handlers['workspace:readMarker'](undefined, event)).toEqual(marker);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(marker);
  });

  it('treats a damaged note as none, and refuses a page’s note with extra or wrong fields', async () => {
    const file = join(folder, 'workspace-marker.json');
    await writeFile(file, '{"hadData": tru');
    const handlers = createMarkerHandlers({ markerFile: () => file });
    expect(await handlers['workspace:readMarker'](undefined, event)).toBeNull();
    const refused = await answerInvoke('workspace:writeMarker', handlers['workspace:writeMarker'], trusted, [{ ...marker, path: '/etc/passwd' }], policy);
    expect(refused).toMatchObject({ ok: false });
    expect(await readFile(file, 'utf8')).toBe('{"hadData": tru');
  });
});
