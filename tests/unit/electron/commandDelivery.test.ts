import { afterEach, describe, expect, it } from 'vitest';
import { deliverCommand } from '../../../electron/commands';
import type { CommandId } from '../../../shared/commands';
import { fakeElectron, FakeBrowserWindow } from '../../fakes/electron';

const trusted = ['app://teamshape'];

async function windowOn(url: string): Promise<FakeBrowserWindow> {
  const window = new FakeBrowserWindow();
  await window.loadURL(url);
  window.webContents.finishLoad();
  return window;
}

afterEach(() => fakeElectron.reset());

describe('deliverCommand: main → renderer', () => {
  it('sends the command to our page as the command:run event, with the id as the only argument', async () => {
    const window = await windowOn('app://teamshape/index.html#/teams');
    expect(deliverCommand(window, 'team.new', trusted)).toBe(true);
    expect(window.webContents.sent).toEqual([{ channel: 'command:run', args: ['team.new'] }]);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a look-alike app host', 'app://teamshape.evil/'],
    ['a local file', 'file:///etc/passwd'],
    ['a page that has not loaded', ''],
  ])('sends nothing to a window showing %s', async (_what, url) => {
    const window = await windowOn(url);
    expect(deliverCommand(window, 'backup.create', trusted)).toBe(false);
    expect(window.webContents.sent).toEqual([]);
  });

  it('sends nothing for an id outside the command table, even if main code were to ask', async () => {
    const window = await windowOn('app://teamshape/index.html');
    expect(deliverCommand(window, 'shell.exec' as CommandId, trusted)).toBe(false);
    expect(window.webContents.sent).toEqual([]);
  });

  it('does nothing, and does not throw, without a live window', async () => {
    const window = await windowOn('app://teamshape/index.html');
    window.close();
    expect(deliverCommand(window, 'team.new', trusted)).toBe(false);
    expect(deliverCommand(null, 'team.new', trusted)).toBe(false);
  });
});
