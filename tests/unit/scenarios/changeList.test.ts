import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { scenarioChanges, type ScenarioMembership, type ScenarioTeam } from '../../../shared/scenarios';
import { DRAFT_ID, gone, member, people, roles, team } from './fixtures';

const live = [team('pay', 'Payments'), team('bill', 'Billing'), team('fraud', 'Fraud')];
const liveMembers = [
  member('pay', 'ana'), member('pay', 'ben', ROLE_IDS.productOwner), member('bill', 'cy'), member('bill', 'dee', ROLE_IDS.businessAnalyst, 50),
  member('fraud', 'eli'),
];

function diff(draftTeams: ScenarioTeam[], draftMembers: ScenarioMembership[], baseMembers = liveMembers) {
  return scenarioChanges({ baselineTeams: live, baselineMemberships: baseMembers, candidateTeams: draftTeams, candidateMemberships: draftMembers, people, roles });
}

const copy = () => [team('pay2', 'Payments', DRAFT_ID, ['pay']), team('bill2', 'Billing', DRAFT_ID, ['bill']), team('fraud2', 'Fraud', DRAFT_ID, ['fraud'])];
const d = (teamId: string, personId: string | null, roleId?: string, allocation?: number) => member(teamId, personId, roleId, allocation, DRAFT_ID);
const copiedMembers = () => [d('pay2', 'ana'), d('pay2', 'ben', ROLE_IDS.productOwner), d('bill2', 'cy'), d('bill2', 'dee', ROLE_IDS.businessAnalyst, 50), d('fraud2', 'eli')];

describe('change list from a baseline plan to a candidate', () => {
  it('lists nothing for an exact copy', () => {
    expect(diff(copy(), copiedMembers())).toEqual([]);
  });

  it('lists nothing for two empty plans', () => {
    expect(scenarioChanges({ baselineTeams: [], baselineMemberships: [], candidateTeams: [], candidateMemberships: [], people, roles })).toEqual([]);
  });

  it('lists a move with both placements and the ids to link', () => {
    const members = copiedMembers().map((m) => (m.personId === 'ana' ? { ...m, teamId: 'bill2', allocation: 60 } : m));
    const [change, ...rest] = diff(copy(), members);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      kind: 'person-moved', personId: 'ana',
      from: { teamId: 'pay', roleId: ROLE_IDS.developer, allocation: 100 }, to: { teamId: 'bill2', roleId: ROLE_IDS.developer, allocation: 60 },
      teamIds: ['pay', 'bill2'], personIds: ['ana'], text: 'Ana: Payments (Developer, 100%) → Billing (Developer, 60%)',
    });
  });

  it('says "Payments → Payments Core + Payments Risk" for a split, and nobody moved when people follow the halves', () => {
    const teams = [gone(copy()[0]!), team('core', 'Payments Core', DRAFT_ID, ['pay2']), team('risk', 'Payments Risk', DRAFT_ID, ['pay2']), ...copy().slice(1)];
    const members = copiedMembers().map((m) => (m.personId === 'ana' ? { ...m, teamId: 'core' } : m.personId === 'ben' ? { ...m, teamId: 'risk' } : m));
    const changes = diff(teams, members);
    expect(changes.map((c) => c.text)).toEqual(['Payments → Payments Core + Payments Risk']);
    expect(changes[0]).toMatchObject({ kind: 'team-split', fromTeamId: 'pay', toTeamIds: ['core', 'risk'], teamIds: ['pay', 'core', 'risk'] });
  });

  it('lists a merge, a rename, an added and a removed team, teams before people', () => {
    const teams = [team('pb', 'Payments & Billing', DRAFT_ID, ['pay', 'bill']), team('fraud2', 'Fraud Ops', DRAFT_ID, ['fraud']), team('data', 'Data', DRAFT_ID)];
    const members = [d('pb', 'ana'), d('pb', 'ben', ROLE_IDS.productOwner), d('pb', 'cy'), d('pb', 'dee', ROLE_IDS.businessAnalyst, 50), d('fraud2', 'eli'), d('data', 'fay')];
    expect(diff(teams, members).map((c) => [c.kind, c.text])).toEqual([
      ['team-added', 'Data added'],
      ['team-renamed', 'Fraud renamed Fraud Ops'],
      ['team-merged', 'Payments + Billing → Payments & Billing'],
      ['person-joined', 'Fay joined Data (Developer, 100%)'],
    ]);
    const removed = diff([team('pay2', 'Payments', DRAFT_ID, ['pay'])], [d('pay2', 'ana'), d('pay2', 'ben', ROLE_IDS.productOwner)]);
    expect(removed.map((c) => c.text)).toEqual(['Billing removed', 'Fraud removed', 'Cy left Billing (Developer, 100%)', 'Dee left Billing (Business analyst, 50%)', 'Eli left Fraud (Developer, 100%)']);
  });

  it('lists role and allocation changes on the same team', () => {
    const members = copiedMembers().map((m) => (m.personId === 'cy' ? { ...m, roleId: ROLE_IDS.architect } : m.personId === 'dee' ? { ...m, allocation: 80 } : m));
    expect(diff(copy(), members).map((c) => [c.kind, c.text])).toEqual([
      ['role-changed', 'Cy on Billing: Billing (Developer, 100%) → Billing (Architect, 100%)'],
      ['allocation-changed', 'Dee on Billing: 50% → 80%'],
    ]);
  });

  it('tells a second team from a move: someone who keeps their team and joins another is "also on"', () => {
    const changes = diff(copy(), [...copiedMembers(), d('fraud2', 'ana', ROLE_IDS.architect, 20)]);
    expect(changes.map((c) => c.text)).toEqual(['Ana also on Fraud (Architect, 20%)']);
    const fewer = diff(copy(), copiedMembers().filter((m) => !(m.personId === 'dee')).concat(d('fraud2', 'dee', ROLE_IDS.businessAnalyst, 50), d('pay2', 'dee', ROLE_IDS.developer, 10)));
    expect(fewer.map((c) => c.kind)).toEqual(['person-moved', 'person-added-to-team']);
  });

  it('lists vacancies opened and closed, and matches a vacancy kept on its team', () => {
    const base = [...liveMembers, member('fraud', null, ROLE_IDS.securityAnalyst, 50), member('bill', null)];
    const draft = [...copiedMembers(), d('fraud2', null, ROLE_IDS.securityAnalyst, 50), d('pay2', null, ROLE_IDS.designer, 40)];
    const changes = diff(copy(), draft, base);
    expect(changes.map((c) => [c.kind, c.text])).toEqual([
      ['vacancy-opened', 'Vacancy opened: Payments (Designer, 40%)'],
      ['vacancy-closed', 'Vacancy closed: Billing (Developer, 100%)'],
    ]);
    expect(changes[0]).toMatchObject({ personIds: [], teamIds: ['pay2'] });
  });

  it('orders entries the same way whatever the input order', () => {
    const members = copiedMembers().map((m) => ({ ...m, teamId: m.teamId === 'pay2' ? 'fraud2' : m.teamId === 'fraud2' ? 'pay2' : m.teamId }));
    const once = diff(copy(), members);
    const again = diff([...copy()].reverse(), [...members].reverse());
    expect(again.map((c) => c.text)).toEqual(once.map((c) => c.text));
    expect(once.map((c) => c.personIds[0])).toEqual(['ana', 'ben', 'eli']);
  });

  it('names a person deleted since as recorded, "Ana (removed)": an archived plan keeps them', () => {
    const deletedAna = people.map((p) => (p.id === 'ana' ? gone(p) : p));
    const members = copiedMembers().filter((m) => m.personId !== 'ana');
    const changes = scenarioChanges({ baselineTeams: live, baselineMemberships: liveMembers, candidateTeams: copy(), candidateMemberships: members, people: deletedAna, roles });
    expect(changes.map((c) => c.text)).toEqual(['Ana (removed) left Payments (Developer, 100%)']);
  });
});
