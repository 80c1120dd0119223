import { describe, expect, it } from 'vitest';
import { principleFileText, principleSetDiffs, readPrincipleFile } from '../../../shared/exports/principleFile';
import { DEFAULT_ROLES, builtInPrincipleSets, type PrincipleSetFields } from '../../../shared/model';

const roles = DEFAULT_ROLES.map((r) => ({ id: r.id, name: r.name, deletedAt: null }));
const NOW = '2026-11-16T10:00:00.000Z';
const fields = (sets = builtInPrincipleSets()): PrincipleSetFields[] =>
  sets.map(({ key, size, roles: rules, minBusinessShare, maxTeamsPerPerson, maxServices, maxObjectivesPerFte }) => ({ key, size, roles: rules, minBusinessShare, maxTeamsPerPerson, maxServices, maxObjectivesPerFte }));

function exported(): { format: string; version: number; sets: Array<Record<string, unknown> & { key: string; roles: Array<{ role: string; min: number; max: number | null }> | null }> } {
  return JSON.parse(principleFileText(builtInPrincipleSets(), roles, NOW)) as never;
}

const problemsOf = (text: string) => {
  const reading = readPrincipleFile(text, roles);
  return reading.ok ? [] : reading.problems;
};

describe('the principles file', () => {
  it('writes every set with its roles by name, versioned, and reads back exactly what was written', () => {
    const file = exported();
    expect(file.format).toBe('teamshape-principles');
    expect(file.version).toBe(1);
    expect(file.sets.map((s) => s.key)).toEqual(['default', 'stream-aligned', 'platform', 'enabling', 'complicated-subsystem']);
    expect(file.sets[2]?.roles).toEqual([
      { role: 'Product owner', min: 1, max: 1 },
      { role: 'Developer', min: 2, max: null },
      { role: 'Architect', min: 1, max: null },
    ]);
    const reading = readPrincipleFile(principleFileText(builtInPrincipleSets(), roles, NOW), roles);
    expect(reading).toEqual({ ok: true, sets: fields() });
  });

  it('matches role names without case and reads a file saved with a byte-order mark', () => {
    const file = exported();
    file.sets[2]!.roles![2]!.role = 'ARCHITECT';
    const reading = readPrincipleFile(`\uFEFF${JSON.stringify(file)}`, roles);
    expect(reading.ok && reading.sets[2]?.roles?.[2]?.roleId).toBe('role:architect');
  });

  it('refuses a file of another format version, naming both versions', () => {
    expect(problemsOf(JSON.stringify({ ...exported(), version: 2 }))).toEqual([
      'This principles file has format version 2; this Teamshape reads version 1. Export the principles again from a Teamshape that writes version 1, or update Teamshape.',
    ]);
  });

  it('refuses another kind of file and malformed JSON plainly', () => {
    expect(problemsOf(JSON.stringify({ format: 'teamshape-backup', formatVersion: 4 }))[0]).toBe(
      'This is not a Teamshape principles file: its format is "teamshape-backup", expected "teamshape-principles". Choose a file made with “Export principles…”.',
    );
    expect(problemsOf('{"format": "teamshape-principles", "version": 1, "sets": [')[0]).toMatch(/^The file is not valid JSON \(.+\): it was damaged or is another kind of file\.$/);
    expect(problemsOf('   ')).toEqual(['The file is empty.']);
    expect(problemsOf('[1,2]')[0]).toMatch(/^The file does not hold a principles object/);
  });

  it('names the set, the role and both values when a minimum exceeds its maximum', () => {
    const file = exported();
    file.sets[2]!.roles![2] = { role: 'Architect', min: 3, max: 1 };
    expect(problemsOf(JSON.stringify(file))).toEqual(['In the Platform principles: the role "Architect" has a minimum of 3 above its maximum of 1. Make the minimum at most the maximum.']);
  });

  it('names an unknown role and suggests the closest one', () => {
    const file = exported();
    file.sets[2]!.roles![2]!.role = 'Archtect';
    file.sets[3]!.roles![0]!.role = 'Chief Vibes Officer';
    expect(problemsOf(JSON.stringify(file))).toEqual([
      'In the Platform principles: there is no role “Archtect” in this workspace. Did you mean “Architect”? Correct the name in the file, or add the role in Settings first.',
      'In the Enabling principles: there is no role “Chief Vibes Officer” in this workspace. Correct the name in the file, or add the role in Settings first.',
    ]);
  });

  it('names the set and field of a value out of range, and refuses a set listed twice', () => {
    const file = exported();
    file.sets[1]!.minBusinessShare = 1.5;
    expect(problemsOf(JSON.stringify(file))).toEqual(['In the Stream-aligned principles, minBusinessShare: the minimum business share is at most 1 (100 %).']);
    const twice = exported();
    twice.sets.push({ ...twice.sets[1]! });
    expect(problemsOf(JSON.stringify(twice))).toEqual(['The file lists the Stream-aligned principles twice: keep one.']);
  });

  it('refuses size limits or roles on the Default set, which are Settings’ own', () => {
    const file = exported();
    file.sets[0]!.size = { warnBelow: 3, warnAbove: 8, failAbove: 10 };
    expect(problemsOf(JSON.stringify(file))[0]).toMatch(/^In the Default principles: size limits and roles must be null/);
  });

  it('previews each changed rule as before → after, and an unchanged set as no change', () => {
    const before = fields();
    const after = fields().map((s) => (s.key === 'platform' ? { ...s, size: { warnBelow: 4, warnAbove: 8, failAbove: 10 }, roles: [{ roleId: 'role:architect', min: 1, max: 2 }], maxServices: null } : s));
    const diffs = principleSetDiffs(before, after, roles);
    expect(diffs.find((d) => d.key === 'platform')?.changes).toEqual([
      'Size: warn below 5 · warn above 9 · fail above 12 → warn below 4 · warn above 8 · fail above 10',
      'Roles: Product owner 1, Developer 2+, Architect 1+ → Architect 1–2',
      'Services at most: 5 → not checked',
    ]);
    expect(diffs.find((d) => d.key === 'enabling')?.changes).toEqual([]);
  });
});
