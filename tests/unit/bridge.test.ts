import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BACKUP_CHUNK_BYTES,
  bridgeChannels,
  bridgeEvents,
  channelNames,
  eventNames,
  isBridgeReply,
  isChannelName,
  methodName,
  TEXT_FILE_MAX_BYTES,
  type BridgeReply,
  type TeamshapeBridge,
} from '../../shared/bridge';
import { COMMAND_IDS, type CommandId } from '../../shared/commands';
import { fitsWithin } from '../../shared/security';

describe('the bridge table', () => {
  it('declares the channels the foundation needs, named area:action', () => {
    expect(channelNames).toEqual([
      'app:info', 'file:saveText', 'file:openText', 'backup:upload', 'backup:writeSafetyCopy', 'backup:daily', 'backup:location', 'backup:status', 'backup:list',
      'backup:read', 'file:saveBinary', 'chart:exportPdf', 'workspace:readMarker', 'workspace:writeMarker', 'chart:cancelExport', 'comparison:exportPdf',
      'sync:allowedServer', 'sync:allowServer', 'sync:forgetServer', 'team:exportApiPdf', 'map:exportPdf',
    ]);
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('gives every channel a request schema, a response schema and a positive byte cap', () => {
    for (const name of channelNames) {
      const channel = bridgeChannels[name];
      expect(typeof channel.request.safeParse).toBe('function');
      expect(typeof channel.response.safeParse).toBe('function');
      expect(channel.maxRequestBytes).toBeGreaterThan(0);
    }
  });

  it('names each method after its channel: app:info → appInfo', () => {
    expect(channelNames.map(methodName)).toEqual([
      'appInfo', 'fileSaveText', 'fileOpenText', 'backupUpload', 'backupWriteSafetyCopy', 'backupDaily', 'backupLocation', 'backupStatus', 'backupList',
      'backupRead', 'fileSaveBinary', 'chartExportPdf', 'workspaceReadMarker', 'workspaceWriteMarker', 'chartCancelExport', 'comparisonExportPdf',
      'syncAllowedServer', 'syncAllowServer', 'syncForgetServer', 'teamExportApiPdf', 'mapExportPdf',
    ]);
  });

  it('knows its own channels and nothing else', () => {
    expect(isChannelName('file:saveText')).toBe(true);
    for (const other of ['file:delete', 'toString', '__proto__', 'constructor', '', 42, null]) {
      expect(isChannelName(other)).toBe(false);
    }
  });

  it('types window.teamshape as one promise-returning method per channel, and one subscription per event', () => {
    expectTypeOf<keyof TeamshapeBridge>().toEqualTypeOf<
      | 'appInfo' | 'fileSaveText' | 'fileOpenText' | 'backupUpload' | 'backupWriteSafetyCopy' | 'backupDaily' | 'backupLocation' | 'onCommand'
      | 'backupStatus' | 'backupList' | 'backupRead'
      | 'fileSaveBinary' | 'chartExportPdf' | 'onChartExportProgress' | 'workspaceReadMarker' | 'workspaceWriteMarker' | 'chartCancelExport' | 'comparisonExportPdf'
      | 'syncAllowedServer' | 'syncAllowServer' | 'syncForgetServer' | 'teamExportApiPdf' | 'mapExportPdf'
    >();
    expectTypeOf<Parameters<TeamshapeBridge['onCommand']>[0]>().toEqualTypeOf<(payload: CommandId) => void>();
    expectTypeOf<ReturnType<TeamshapeBridge['onCommand']>>().toEqualTypeOf<() => void>();
    expectTypeOf<TeamshapeBridge['appInfo']>().parameters.toEqualTypeOf<[]>();
    expectTypeOf<ReturnType<TeamshapeBridge['fileSaveText']>>().toEqualTypeOf<Promise<BridgeReply<string | null>>>();
  });
});

describe('main → renderer events', () => {
  it('declares command:run (onCommand) and chart:exportProgress (onChartExportProgress)', () => {
    expect(eventNames).toEqual(['command:run', 'chart:exportProgress']);
    expect(bridgeEvents['command:run'].method).toBe('onCommand');
    expect(bridgeEvents['chart:exportProgress'].method).toBe('onChartExportProgress');
    expect(new Set(eventNames).size).toBe(eventNames.length);
    for (const name of eventNames) expect(isChannelName(name)).toBe(false);
  });

  it('carries a command id of the command table and nothing else', () => {
    const { payload } = bridgeEvents['command:run'];
    for (const id of COMMAND_IDS) expect(payload.safeParse(id).success).toBe(true);
    for (const other of ['file.delete', '', 'TEAM.NEW', { id: 'team.new' }, 1, null]) expect(payload.safeParse(other).success).toBe(false);
  });
});

describe('app:info', () => {
  const { request, response } = bridgeChannels['app:info'];
  it('takes no request and answers with version, platform and whether it is the desktop app', () => {
    expect(request.safeParse(undefined).success).toBe(true);
    expect(request.safeParse({ sneaky: true }).success).toBe(false);
    expect(response.safeParse({ version: '0.1.0', platform: 'darwin', desktop: true }).success).toBe(true);
    expect(response.safeParse({ version: '0.1.0', platform: 'darwin' }).success).toBe(false);
  });
});

describe('file:saveText', () => {
  const { request, response, maxRequestBytes } = bridgeChannels['file:saveText'];
  const valid = { suggestedName: 'teamshape-backup.json', content: '{}', filters: [{ name: 'Backup', extensions: ['json'] }] };

  it('accepts a file name, text and filters, and fills in no filters when none are given', () => {
    expect(request.parse(valid)).toEqual(valid);
    expect(request.parse({ suggestedName: 'a.txt', content: '' })).toEqual({ suggestedName: 'a.txt', content: '', filters: [] });
  });

  it.each([
    ['a path instead of a name', { ...valid, suggestedName: '../../.bashrc' }],
    ['a Windows path', { ...valid, suggestedName: 'C:\\Users\\x.json' }],
    ['an empty name', { ...valid, suggestedName: '   ' }],
    ['a control character in the name', { ...valid, suggestedName: 'a\u0000.json' }],
    ['content that is not text', { ...valid, content: { toString: 1 } }],
    ['an extension with a dot', { ...valid, filters: [{ name: 'Backup', extensions: ['.json'] }] }],
    ['a filter without extensions', { ...valid, filters: [{ name: 'Backup', extensions: [] }] }],
    ['an unknown field', { ...valid, overwrite: true }],
    ['no request at all', undefined],
  ])('refuses %s', (_what, payload) => {
    expect(request.safeParse(payload).success).toBe(false);
  });

  it('caps the request at 50 MiB of text plus room for the rest', () => {
    expect(TEXT_FILE_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(fitsWithin({ ...valid, content: 'x'.repeat(TEXT_FILE_MAX_BYTES) }, maxRequestBytes)).toBe(true);
    expect(fitsWithin({ ...valid, content: 'x'.repeat(maxRequestBytes) }, maxRequestBytes)).toBe(false);
  });

  it('answers with the saved path, or null when the user cancelled', () => {
    expect(response.safeParse('/Users/ana/teamshape-backup.json').success).toBe(true);
    expect(response.safeParse(null).success).toBe(true);
    expect(response.safeParse('').success).toBe(false);
  });
});

describe('file:openText', () => {
  const { request, response } = bridgeChannels['file:openText'];
  it('takes filters and answers with the file name and text, or null', () => {
    expect(request.safeParse({ filters: [{ name: 'Backup', extensions: ['json'] }] }).success).toBe(true);
    expect(request.safeParse({ filters: [], path: '/etc/passwd' }).success).toBe(false);
    expect(response.safeParse({ name: 'backup.json', content: '{}' }).success).toBe(true);
    expect(response.safeParse(null).success).toBe(true);
    expect(response.safeParse({ name: 'backup.json' }).success).toBe(false);
  });
});

describe('the automatic backups’ channels', () => {
  it('backup:daily names an upload only: no day, so main alone dates it', () => {
    const { request } = bridgeChannels['backup:daily'];
    expect(request.safeParse({ uploadId: 'upload-0000000000000001' }).success).toBe(true);
    expect(request.safeParse({ day: '2099-01-01', uploadId: 'upload-0000000000000001' }).success).toBe(false);
    expect(request.safeParse({ content: '{}' }).success).toBe(false);
    expect(request.safeParse({ uploadId: '../x' }).success).toBe(false);
  });

  it('backup:upload carries base64 chunks of at most the chunk size, in numbered order', () => {
    const { request, maxRequestBytes } = bridgeChannels['backup:upload'];
    const chunk = { uploadId: 'upload-0000000000000001', index: 0, last: false, base64: Buffer.alloc(BACKUP_CHUNK_BYTES).toString('base64') };
    expect(request.safeParse(chunk).success).toBe(true);
    expect(fitsWithin(chunk, maxRequestBytes)).toBe(true);
    expect(request.safeParse({ ...chunk, base64: Buffer.alloc(BACKUP_CHUNK_BYTES + 3).toString('base64') }).success).toBe(false);
    expect(request.safeParse({ ...chunk, base64: 'not base64!' }).success).toBe(false);
    expect(request.safeParse({ ...chunk, index: -1 }).success).toBe(false);
  });

  it('backup:status answers with main’s date, whether today’s backup is due, the last success and the last failure', () => {
    const { request, response } = bridgeChannels['backup:status'];
    expect(request.safeParse(undefined).success).toBe(true);
    const status = { today: '2026-11-16', due: true, lastSuccessAt: '2026-11-15T08:00:00.000Z', lastFailure: { at: '2026-11-16T08:00:00.000Z', reason: 'The disk is full.' } };
    expect(response.safeParse(status).success).toBe(true);
    expect(response.safeParse({ ...status, lastSuccessAt: null, lastFailure: null }).success).toBe(true);
    expect(response.safeParse({ ...status, lastFailure: { at: status.lastFailure.at, reason: '' } }).success).toBe(false);
  });

  it('backup:list lists recovery points by name, kind, file time and size', () => {
    const { response } = bridgeChannels['backup:list'];
    const point = { name: 'teamshape-before-restore-2026-11-16T09-00-00-000Z-2.json', kind: 'safety', savedAt: '2026-11-16T09:00:00.000Z', bytes: 10 };
    expect(response.safeParse({ folder: '/data/backups', backups: [point] }).success).toBe(true);
    expect(response.safeParse({ folder: '/data/backups', backups: [{ ...point, bytes: 0 }] }).success).toBe(false);
    expect(response.safeParse({ folder: '/data/backups', backups: [{ ...point, name: 'notes.txt' }] }).success).toBe(false);
  });

  it.each([
    'teamshape-daily-2026-11-16.json',
    'teamshape-before-restore-2026-11-16T09-00-00-000Z.json',
    'teamshape-daily-2026-11-16.teamshape.gz',
    'teamshape-before-restore-2026-11-16T09-00-00-000Z-2.teamshape.gz',
  ])('backup:read reads %s', (name) => {
    expect(bridgeChannels['backup:read'].request.safeParse({ name, offset: 0 }).success).toBe(true);
  });

  it.each(['../teamshape-daily-2026-11-16.json', '/etc/passwd', 'teamshape-daily-2026-11-16.json.tmp', 'teamshape-daily-latest.json', 'C:\\x.json', ''])(
    'backup:read refuses %j: only names of our backups, never a path',
    (name) => {
      expect(bridgeChannels['backup:read'].request.safeParse({ name, offset: 0 }).success).toBe(false);
    },
  );
});

describe('replies', () => {
  it.each([
    [{ ok: true, value: null }, true],
    [{ ok: false, error: 'Cancelled' }, true],
    [{ ok: true }, false],
    [{ ok: false }, false],
    [{ ok: 'yes', value: 1 }, false],
    [null, false],
    ['ok', false],
  ])('recognises %j as a reply: %s', (value, expected) => {
    expect(isBridgeReply(value)).toBe(expected);
  });
});
