import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, DEFAULT_SETTINGS, ROLE_IDS, type Department, type Person } from '../../../shared/model';
import { comparePlans, planSize } from '../../../shared/scenarios';
import { comparisonRows } from '../../../renderer/features/scenarios/comparisonRows';
import { AT, DRAFT_ID, gone, member, team } from './fixtures';

const person = (id: string, departmentId: string | null = 'dep:eng'): Person =>
  ({ id, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null, name: id.toUpperCase(), email: '', title: '', departmentId } as unknown as Person);
const departments = [
  { id: 'dep:eng', createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null, name: 'Engineering', kind: 'technology' },
  { id: 'dep:sales', createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null, name: 'Sales', kind: 'business' },
] as unknown as Department[];
const people = ['ana', 'ben', 'cy', 'dee'].map((id) => person(id)).concat(person('sal', 'dep:sales'));
const roles = DEFAULT_ROLES.map((r) => ({ ...r, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null })) as never;

const liveTeams = [team('pay', 'Payments'), team('bill', 'Billing')];
const liveMembers = [member('pay', 'ana'), member('pay', 'ben', ROLE_IDS.productOwner), member('bill', 'cy'), member('bill', 'dee', ROLE_IDS.developer, 50)];

describe('comparing plans', () => {
  it('counts teams, distinct people, open roles and FTE of alive teams only', () => {
    const size = planSize({
      teams: [team('a', 'A'), gone(team('b', 'B'))],
      memberships: [member('a', 'ana', ROLE_IDS.developer, 60), member('a', 'ana', ROLE_IDS.architect, 40), member('a', null), member('b', 'ben'), gone(member('a', 'cy'))],
    });
    expect(size).toEqual({ teams: 1, headcount: 1, vacancies: 1, fte: 1 });
  });

  it('gives each candidate its change list, its size and the health delta against the baseline', () => {
    const draftTeams = [gone(team('pay2', 'Payments', DRAFT_ID, ['pay'])), team('core', 'Payments Core', DRAFT_ID, ['pay2']), team('risk', 'Payments Risk', DRAFT_ID, ['pay2']), team('bill2', 'Billing', DRAFT_ID, ['bill'])];
    const draftMembers = [member('core', 'ana', undefined, 100, DRAFT_ID), member('risk', 'ben', ROLE_IDS.productOwner, 100, DRAFT_ID), member('bill2', 'cy', undefined, 100, DRAFT_ID),
      member('core', 'dee', undefined, 50, DRAFT_ID), member('bill2', 'sal', ROLE_IDS.businessStakeholder, 50, DRAFT_ID)];
    const result = comparePlans(
      { people, departments, roles, settings: DEFAULT_SETTINGS, allTeams: [...liveTeams, ...draftTeams] },
      { planId: 'plan:live', records: { teams: liveTeams, memberships: liveMembers } },
      [{ planId: DRAFT_ID, records: { teams: draftTeams, memberships: draftMembers } }],
    );
    expect(result.baselineSize).toEqual({ teams: 2, headcount: 4, vacancies: 0, fte: 3.5 });
    const [draft] = result.candidates;
    expect(draft!.size).toEqual({ teams: 3, headcount: 5, vacancies: 0, fte: 4 });
    expect(draft!.changes.map((c) => c.text)).toEqual([
      'Payments → Payments Core + Payments Risk',
      'DEE: Billing (Developer, 50%) → Payments Core (Developer, 50%)',
      'SAL joined Billing (Business stakeholder, 50%)',
    ]);
    const rows = comparisonRows(result);
    expect(rows.find((r) => r.metric === 'teams')).toMatchObject({ baseline: { text: '2' }, candidates: [{ text: '3 (+1)', direction: 'neutral' }] });
    expect(rows.find((r) => r.metric === 'fte')).toMatchObject({ baseline: { text: '3.5' }, candidates: [{ text: '4 (+0.5)' }] });
    const share = rows.find((r) => r.metric === 'businessShare')!;
    expect(share.baseline.text).toBe('0%');
    expect(share.candidates[0]).toMatchObject({ text: '13% (+13 pts)', direction: 'better' });
  });

  it('refuses more than four candidates', () => {
    const empty = { teams: [], memberships: [] };
    const five = ['a', 'b', 'c', 'd', 'e'].map((planId) => ({ planId, records: empty }));
    expect(() => comparePlans({ people, departments, roles, settings: DEFAULT_SETTINGS, allTeams: [] }, { planId: 'plan:live', records: empty }, five)).toThrow(/at most 4 plans .*\(5 were chosen\)/);
  });
});
