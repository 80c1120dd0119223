import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../shared/backup';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model';
import { EARLY, LATE, checkIn, department, deleted, keyResult, membership, objective, period, person, tables, team } from './mergeFixture';

describe('planning the merge of a backup into the workspace', () => {
  it('adds records only the backup has and keeps records only the workspace has', () => {
    const plan = planMerge(tables({ teams: [team('a', 'Alpha')] }), tables({ teams: [team('b', 'Beta')] }));
    expect(plan.write.teams.map((t) => t.id)).toEqual(['b']);
    expect(plan.merged.teams.map((t) => t.id)).toEqual(['a', 'b']);
    expect(plan.summary).toMatchObject({ added: 1, updated: 0, keptCurrent: 0 });
  });

  it('keeps the newer version of a record by updatedAt, from either side', () => {
    const current = tables({ teams: [team('a', 'Alpha (mine, newer)', LATE), team('b', 'Beta (mine, older)', EARLY)] });
    const incoming = tables({ teams: [team('a', 'Alpha (backup)', EARLY), team('b', 'Beta (backup, newer)', LATE)] });
    const plan = planMerge(current, incoming);
    expect(plan.write.teams.map((t) => t.name)).toEqual(['Beta (backup, newer)']);
    expect(plan.summary).toMatchObject({ updated: 1, keptCurrent: 1 });
  });

  it('compares timestamps as instants, not as text', () => {
    const current = tables({ teams: [team('a', 'Mine', '2026-11-12T08:00:00.000Z')] });
    const incoming = tables({ teams: [{ ...team('a', 'Backup'), updatedAt: '2026-11-12T08:00:01Z' }] });
    expect(planMerge(current, incoming).write.teams.map((t) => t.name)).toEqual(['Backup']);
  });

  it('keeps a newer deletion in the workspace: a deleted team does not come back', () => {
    const current = tables({ teams: [team('a', 'Alpha', EARLY, LATE)] });
    const incoming = tables({ teams: [team('a', 'Alpha', EARLY)] });
    const plan = planMerge(current, incoming);
    expect(plan.write.teams).toEqual([]);
    expect(plan.summary.keptCurrent).toBe(1);
  });

  it('applies a newer deletion from the backup, and deletes what it cascades to, stamped with the deletion', () => {
    const current = tables({ teams: [team('a', 'Alpha')], people: [person('p', 'Pat', null)], memberships: [membership('m', 'a', 'p')] });
    const incoming = tables({ teams: [team('a', 'Alpha', EARLY, LATE)] });
    const plan = planMerge(current, incoming);
    expect(plan.write.teams[0]?.deletedAt).toBe(LATE);
    expect(plan.write.memberships).toEqual([{ ...current.memberships[0], deletedAt: LATE, updatedAt: LATE }]);
    expect(plan.summary).toMatchObject({ updated: 1, cascaded: 1 });
  });

  it('stamps a cascade newer than the record’s own last change, so merging again with either side changes nothing', () => {
    const current = tables({ teams: [team('a', 'Alpha')], memberships: [membership('m', 'a', null, '2026-11-20T08:00:00.000Z')] });
    const incoming = tables({ teams: [team('a', 'Alpha', EARLY, LATE)] });
    const plan = planMerge(current, incoming);
    expect(plan.write.memberships[0]).toMatchObject({ deletedAt: '2026-11-20T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.001Z' });
    expect(Object.values(planMerge(plan.merged, incoming).write).flat()).toEqual([]);
    expect(Object.values(planMerge(plan.merged, current).write).flat()).toEqual([]);
  });

  it('settles a tie in updatedAt by the higher canonical JSON, whichever side it is on', () => {
    const current = tables({ teams: [team('a', 'Alpha'), team('b', 'Mine')] });
    const incoming = tables({ teams: [team('a', 'Alpha', EARLY, EARLY), team('b', 'Theirs')] });
    const plan = planMerge(current, incoming);
    // "deletedAt":"2026…" sorts below "deletedAt":null; "Theirs" above "Mine".
    expect(plan.write.teams.map((t) => [t.id, t.name, t.deletedAt])).toEqual([['b', 'Theirs', null]]);
    expect(planMerge(incoming, current).merged).toEqual(plan.merged);
  });

  it('writes nothing for records that are identical on both sides', () => {
    const same = tables({ teams: [team('a', 'Alpha')], people: [person('p', 'Pat', 'pat@example.com')] });
    const plan = planMerge(same, structuredClone(same));
    expect(Object.values(plan.write).flat()).toEqual([]);
    expect(plan.summary.unchanged).toBe(2);
  });

  it('matches a person by email: the smaller id survives with the newer content, references follow', () => {
    const current = tables({ people: [person('p-mine', 'Pat Lee', 'pat@example.com')], teams: [team('a', 'Alpha')] });
    const incoming = tables({
      people: [person('p-theirs', 'Pat Lee', 'PAT@example.com', LATE)],
      teams: [team('a', 'Alpha', EARLY, null, { championId: 'p-theirs' }), team('b', 'Beta')],
      memberships: [membership('m', 'b', 'p-theirs')],
    });
    const plan = planMerge(current, incoming);
    expect(plan.summary.remapped.people).toBe(1);
    expect(plan.write.people.map((p) => [p.id, p.email, p.deletedAt, p.mergedIntoId])).toEqual([
      ['p-mine', 'PAT@example.com', null, undefined],
      ['p-theirs', 'PAT@example.com', LATE, 'p-mine'],
    ]);
    expect(plan.write.memberships[0]?.personId).toBe('p-mine');
    expect(plan.merged.teams.find((t) => t.id === 'a')?.championId).toBeNull();
    expect(plan.write.teams.map((t) => t.id)).toEqual(['b']);
  });

  it('matches a department by name so two "Design" departments never exist side by side', () => {
    const current = tables({ departments: [department('d-mine', 'Design')] });
    const incoming = tables({ departments: [department('d-theirs', ' design ')], people: [person('p', 'Pat', null, EARLY, { departmentId: 'd-theirs' })] });
    const plan = planMerge(current, incoming);
    expect(plan.write.departments.map((d) => [d.id, d.mergedIntoId])).toEqual([['d-theirs', 'd-mine']]);
    expect(plan.write.people[0]?.departmentId).toBe('d-mine');
  });

  it('matches a custom period by name and moves its objectives along', () => {
    const plan = planMerge(
      tables({ periods: [period('period-mine', 'FY27 H1')] }),
      tables({ periods: [period('period-theirs', 'FY27 H1')], teams: [team('a', 'A')], objectives: [objective('o', { periodId: 'period-theirs', ownerTeamIds: ['a'] })] }),
    );
    expect(plan.write.objectives[0]?.periodId).toBe('period-mine');
    expect(plan.write.periods.map((p) => p.id)).toEqual(['period-theirs']);
  });

  it('clears a champion and a parent that the merge deleted, and deletes key results and check-ins with their objective', () => {
    const current = tables({
      people: [person('p', 'Pat', null)],
      teams: [team('a', 'A', EARLY, null, { championId: 'p' })],
      objectives: [objective('parent'), objective('child', { parentId: 'parent' })],
      keyResults: [keyResult('kr', 'parent')],
      checkIns: [checkIn('c', 'kr')],
    });
    const incoming = tables({ people: [deleted(person('p', 'Pat', null))], objectives: [deleted(objective('parent'))] });
    const plan = planMerge(current, incoming);
    expect(plan.write.teams[0]).toMatchObject({ id: 'a', championId: null, updatedAt: LATE });
    expect(plan.write.objectives.find((o) => o.id === 'child')).toMatchObject({ parentId: null, updatedAt: LATE });
    expect(plan.write.keyResults[0]).toMatchObject({ id: 'kr', deletedAt: LATE });
    expect(plan.write.checkIns[0]).toMatchObject({ id: 'c', deletedAt: LATE });
    expect(plan.summary.cascaded).toBe(4);
  });

  it('takes a colleague’s newer settings but never this device’s “this is me” (defect 5)', () => {
    const mine = { ...DEFAULT_SETTINGS, meId: 'p-me' } as Settings;
    const theirs = { ...DEFAULT_SETTINGS, updatedAt: LATE, staleAfterDays: 30, meId: 'p-colleague' } as Settings;
    const plan = planMerge(tables({ settings: [mine] }), tables({ settings: [theirs] }));
    expect(plan.write.settings).toEqual([{ ...theirs, meId: 'p-me' }]);
    const none = planMerge(tables({ settings: [DEFAULT_SETTINGS] }), tables({ settings: [theirs] }));
    expect(none.write.settings[0]).not.toHaveProperty('meId');
  });
});
