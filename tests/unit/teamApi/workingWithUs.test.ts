import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBackup, mergeWorkspaces, serializeBackup } from '../../../shared/backup';
import { readBackupFile } from '../../../renderer/db/backupFile';
import { Team } from '../../../shared/model';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const NOW = '2026-11-20T10:00:00.000Z';

async function workspace() {
  const reading = await readBackupFile(new Uint8Array(readFileSync(join(fixtures, 'backup-v3.teamshape.gz'))), { now: NOW });
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  return reading.backup.tables;
}

describe('“How to work with us”: an optional team field, no new format version', () => {
  it('is optional: a team without it is valid, and it is trimmed and capped at 1,000 characters with the field named', () => {
    const team = { id: 't', createdAt: NOW, updatedAt: NOW, deletedAt: null, updatedBy: null, planId: 'plan:live', name: 'A', mission: '', services: [], championId: null };
    expect(Team.safeParse(team).success).toBe(true);
    expect(Team.parse({ ...team, workingWithUs: '  Ask in #a  ' }).workingWithUs).toBe('Ask in #a');
    const tooLong = Team.safeParse({ ...team, workingWithUs: 'x'.repeat(1001) });
    expect(tooLong.success ? '' : tooLong.error.issues[0]?.message).toBe('How to work with us must be at most 1000 characters');
  });

  it('survives a backup written and read back', async () => {
    const tables = await workspace();
    const [first, ...rest] = tables.teams;
    const teams = [{ ...first!, workingWithUs: 'Ask in #payments.' }, ...rest];
    const text = serializeBackup(buildBackup({ ...tables, teams }, { appVersion: '0.1.0', exportedAt: NOW }));
    const reading = await readBackupFile(text, { now: NOW });
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    if (!reading.ok) return;
    expect(reading.backup.tables.teams.find((t) => t.id === first!.id)?.workingWithUs).toBe('Ask in #payments.');
  });

  it('merges like every field: the newer team version wins, whichever side it is on', async () => {
    const tables = await workspace();
    const [first, ...rest] = tables.teams;
    const newer = { ...first!, workingWithUs: 'Newer words', updatedAt: '2026-11-21T10:00:00.000Z' };
    const a = { ...tables, teams: [first!, ...rest] };
    const b = { ...tables, teams: [newer, ...rest] };
    for (const merged of [mergeWorkspaces(a, b), mergeWorkspaces(b, a)]) {
      expect(merged.tables.teams.find((t) => t.id === first!.id)?.workingWithUs).toBe('Newer words');
    }
  });
});
