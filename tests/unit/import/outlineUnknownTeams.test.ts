import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../../shared/import/outline/outline';
import { planOutlineSave, type OutlineSaveContext } from '../../../shared/import/outline/outlineSave';
import { teamNameToCreate, unknownTeamKey, type UnknownTeamChoice } from '../../../shared/import/unknownTeams';

const ctx: OutlineSaveContext = {
  teams: [{ id: 't-pay', name: 'Payments' }, { id: 't-data', name: 'Données' }],
  people: [],
  chosenTeamIds: [],
  period: { id: 'period:2026-Q3', start: '2026-07-01', end: '2026-09-30' },
  today: '2026-07-14',
  objectives: [],
};

const QUARTER = `# Q3 2026 OKRs

## Growth squad

More customers find us on their own
- Increase organic sign-ups from 1,200 to 2,000 per month

## Donnees

Trustworthy data, every morning
- Reduce failed nightly loads to 1 per month

## Company-wide

Everyone knows the plan
- Ship the quarterly all-hands deck by July

Customers pay without friction
Owner: Payments, Growth Squad
- Increase checkout conversion from 62 % to 70 %
`;

const plan = (choices: [string, UnknownTeamChoice][] = [], chosenTeamIds: string[] = []) =>
  planOutlineSave(parseOutline(QUARTER), { ...ctx, chosenTeamIds, teamChoices: new Map(choices) });

describe('owner teams a paste names that the workspace lacks', () => {
  it('lists each unknown team once, with every line naming it, after the forgiving match found none ("Donnees" is Données)', () => {
    const { unknownTeams } = plan();
    expect(unknownTeams.map((t) => [t.name, t.lines, t.choice.kind])).toEqual([
      ['Growth squad', [5, 18], 'create'],
      ['Company-wide', [15], 'leave'],
    ]);
    expect(unknownTeams.every((t) => !t.chosen)).toBe(true);
  });

  it('proposes creating a team a heading calls a squad or an "Owner:" line names, and leaves a plain heading out until chosen', () => {
    const { entries, newTeamNames, problems } = plan();
    expect(newTeamNames).toEqual(['Growth squad']);
    expect(entries.map((e) => [e.title, e.ownerTeamIds, e.newOwnerTeamNames])).toEqual([
      ['More customers find us on their own', [], ['Growth squad']],
      ['Trustworthy data, every morning', ['t-data'], []],
      ['Everyone knows the plan', [], []],
      ['Customers pay without friction', ['t-pay'], ['Growth squad']],
    ]);
    expect(problems).toEqual([{ line: 15, message: '"Everyone knows the plan" has no owner team: choose the owner teams below, or name a team in an "Owner:" line or a heading above it' }]);
  });

  it('maps an unknown team to an existing one, creates one chosen for creation, and leaves one out for the chosen teams', () => {
    const { entries, newTeamNames, unknownTeams, notes, problems } = plan(
      [
        [unknownTeamKey('Growth squad'), { kind: 'existing', teamId: 't-pay' }],
        [unknownTeamKey('Company-wide'), { kind: 'create' }],
      ],
      ['t-data'],
    );
    expect(unknownTeams.every((t) => t.chosen)).toBe(true);
    expect(newTeamNames).toEqual(['Company-wide']);
    expect(entries.map((e) => [e.ownerTeamIds, e.newOwnerTeamNames])).toEqual([[['t-pay'], []], [['t-data'], []], [[], ['Company-wide']], [['t-pay'], []]]);
    expect(problems).toEqual([]);
    const left = plan([[unknownTeamKey('Growth squad'), { kind: 'leave' }]], ['t-data']);
    expect(left.newTeamNames).toEqual([]);
    expect(left.entries[0]).toMatchObject({ ownerTeamIds: ['t-data'], newOwnerTeamNames: [] });
    expect(left.entries[3]).toMatchObject({ ownerTeamIds: ['t-pay'], newOwnerTeamNames: [] });
    expect(left.notes).toContainEqual({ line: 5, message: '"Growth squad" names no team of this workspace (Growth squad), left out: "More customers find us on their own" is owned by the teams chosen below' });
    expect(notes.some((n) => n.message.includes('Growth'))).toBe(false);
  });

  it('gives a key result owned by "Growth squad" the team the paste creates (or the one it is mapped to); a person nobody knows stays a note', () => {
    const text = '## Growth squad\n\nMore customers find us on their own\n- Increase organic sign-ups from 1200 to 2000 per month (Owner: Growth Squad)\n- Ship the referral programme by December (Owner: Grace Hopper)';
    const created = planOutlineSave(parseOutline(text), ctx);
    expect(created.entries[0]!.keyResults.map((k) => [k.ownerTeamId, k.newOwnerTeamName])).toEqual([[null, 'Growth squad'], [null, null]]);
    expect(created.notes.map((n) => n.message)).toEqual(['"Ship the referral programme by December": the owner "Grace Hopper" matches nobody in People or Teams: saved without an owner (add the person first to keep them)']);
    const mapped = planOutlineSave(parseOutline(text), { ...ctx, teamChoices: new Map([[unknownTeamKey('Growth squad'), { kind: 'existing', teamId: 't-pay' }]]) });
    expect(mapped.entries[0]!.keyResults[0]).toMatchObject({ ownerTeamId: 't-pay', newOwnerTeamName: null });
  });

  it('drops a choice of an existing team that was deleted since, back to the proposal', () => {
    const { unknownTeams } = plan([[unknownTeamKey('Growth squad'), { kind: 'existing', teamId: 't-gone' }]]);
    expect(unknownTeams[0]).toMatchObject({ name: 'Growth squad', choice: { kind: 'create' }, chosen: false });
  });

  it('names a new team without the period and "OKRs" its heading carries', () => {
    expect(teamNameToCreate('Growth squad — Q3 2026 OKRs')).toBe('Growth squad');
    expect(teamNameToCreate('FY27 H1 objectives: Platform')).toBe('Platform');
    expect(teamNameToCreate('Team Atlas')).toBe('Team Atlas');
    expect(unknownTeamKey('GROWTH Squad')).toBe(unknownTeamKey('Growth squad — Q3 2026 OKRs'));
  });
});
