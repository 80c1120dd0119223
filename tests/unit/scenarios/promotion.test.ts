import { describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS, type KeyResult, type Objective } from '../../../shared/model';
import { acceptSingleProposals, correspondTeams, okrImpact, planPromotion, type PromotionInput } from '../../../shared/scenarios';
import { AT, DRAFT_ID, gone, member, people, plan, team } from './fixtures';

const live = [team('pay', 'Payments'), team('bill', 'Billing'), team('fraud', 'Fraud'), team('hr', 'HR Apps')];
const draftTeams = [
  gone(team('pay2', 'Payments', DRAFT_ID, ['pay'])),
  team('core', 'Payments Core', DRAFT_ID, ['pay2']),
  team('risk', 'Payments Risk', DRAFT_ID, ['pay2']),
  team('bf', 'Billing & Fraud', DRAFT_ID, ['bill', 'fraud']),
  team('hr2', 'People Apps', DRAFT_ID, ['hr']),
];
const liveMembers = [member('pay', 'ana'), member('bill', 'ben'), member('hr', 'cy')];
const draftMembers = [member('core', 'ana', ROLE_IDS.developer, 100, DRAFT_ID), member('bf', 'ben', ROLE_IDS.developer, 100, DRAFT_ID), member('bf', 'cy', ROLE_IDS.developer, 100, DRAFT_ID)];

function objective(id: string, periodId: string, ownerTeamIds: string[]): Objective {
  return { id, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null, title: id, description: '', periodId, ownerTeamIds, parentId: null, kind: 'committed', score: null };
}
function keyResult(id: string, objectiveId: string, fields: Partial<KeyResult> = {}): KeyResult {
  return { id, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null, objectiveId, title: id, metric: 'increase', start: 0, target: 10, unit: '', weight: null, ownerId: null, ownerTeamId: null, contributingTeamIds: [], sortOrder: 0, score: null, ...fields };
}

// Effective 2026-10-01: Q3 2026 has ended, Q4 2026 is running.
const objectives = [
  objective('ended', 'period:2026-Q3', ['pay', 'bill']),
  objective('shared', 'period:2026-Q4', ['pay', 'hr']),
  objective('merged', 'period:2026-Q4', ['bill', 'fraud']),
  objective('custom', 'period:custom', ['hr']),
];
const keyResults = [
  keyResult('kr-team', 'shared', { ownerTeamId: 'pay', contributingTeamIds: ['bill', 'hr'] }),
  keyResult('kr-person', 'shared', { ownerId: 'cy' }),
  keyResult('kr-old', 'ended', { ownerTeamId: 'pay' }),
];
const periods = [{ id: 'period:custom', end: '2027-03-31' }];

function input(overrides: Partial<PromotionInput> = {}): PromotionInput {
  return {
    livePlan: plan(LIVE_PLAN_ID, 'live', 'Live organisation'),
    draft: plan(DRAFT_ID, 'draft', 'Split payments', LIVE_PLAN_ID),
    plans: [plan(LIVE_PLAN_ID, 'live', 'Live organisation'), plan(DRAFT_ID, 'draft', 'Split payments', LIVE_PLAN_ID)],
    liveTeams: [...live, gone(team('old', 'Old team'))],
    liveMemberships: liveMembers,
    draftTeams,
    draftMemberships: draftMembers,
    people,
    objectives,
    keyResults,
    periods,
    effectiveDate: '2026-10-01',
    choices: { 'objective:shared:team:pay': ['core', 'risk'], 'key-result:kr-team:owner-team': ['core'] },
    archivedPlanId: 'plan:archive-1',
    at: '2026-10-02T10:00:00.000Z',
    actor: 'ana',
    ...overrides,
  };
}

describe('OKR impact of promoting a draft', () => {
  const items = okrImpact({
    correspondence: correspondTeams(live, draftTeams), baselineTeams: live, candidateTeams: draftTeams, baselineMemberships: liveMembers, candidateMemberships: draftMembers,
    objectives, keyResults, periods, effectiveDate: '2026-10-01',
  });

  it('lists owner teams split or merged in running periods, never those of ended periods', () => {
    expect(items.map((i) => i.key)).toEqual([
      'objective:shared:team:pay', 'objective:merged:team:bill', 'objective:merged:team:fraud',
      'key-result:kr-team:owner-team', 'key-result:kr-team:contributing:bill', 'key-result:kr-person:owner-person',
    ]);
    expect(items[0]).toMatchObject({ change: 'split', proposedTeamIds: ['core', 'risk'], needsChoice: true });
    expect(items[0]!.text).toBe('“shared”: owner team Payments is split; proposed: Payments Core + Payments Risk');
    expect(items[1]).toMatchObject({ change: 'merged', proposedTeamIds: ['bf'], needsChoice: false });
  });

  it('flags a key result whose owner leaves every owner team, proposing the team that inherits the work', () => {
    expect(items[5]).toMatchObject({ personId: 'cy', teamId: 'hr', proposedTeamIds: ['hr2'], needsChoice: false });
  });

  it('accepts single proposals as default choices', () => {
    expect(acceptSingleProposals(items)).toEqual({ 'objective:merged:team:bill': ['bf'], 'objective:merged:team:fraud': ['bf'], 'key-result:kr-team:contributing:bill': ['bf'] });
  });
});

describe('promotion plan', () => {
  it('moves live teams to a new archived plan and the draft into live, keeping ids', () => {
    const result = planPromotion(input());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const [livePlan, archived, draft] = result.plans;
    expect(livePlan).toMatchObject({ id: LIVE_PLAN_ID, kind: 'live', effectiveFrom: '2026-10-01' });
    expect(archived).toMatchObject({ id: 'plan:archive-1', kind: 'archived', effectiveFrom: null, effectiveTo: '2026-09-30', name: 'Organisation until 2026-09-30' });
    expect(draft).toMatchObject({ id: DRAFT_ID, deletedAt: '2026-10-02T10:00:00.000Z' });
    const planOf = new Map(result.teams.map((t) => [t.id, t.planId]));
    expect(['pay', 'bill', 'fraud', 'hr', 'old'].map((id) => planOf.get(id))).toEqual(Array(5).fill('plan:archive-1'));
    expect(['pay2', 'core', 'risk', 'bf', 'hr2'].map((id) => planOf.get(id))).toEqual(Array(5).fill(LIVE_PLAN_ID));
    expect(result.memberships.filter((m) => m.planId === LIVE_PLAN_ID).map((m) => m.id)).toEqual(draftMembers.map((m) => m.id));
  });

  it('re-points running objectives as chosen and leaves ended periods on their archived teams', () => {
    const result = planPromotion(input());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const owners = Object.fromEntries(result.objectives.map((o) => [o.id, o.ownerTeamIds]));
    expect(owners).toEqual({ shared: ['core', 'risk', 'hr2'], merged: ['bf'], custom: ['hr2'] });
    const krs = Object.fromEntries(result.keyResults.map((k) => [k.id, k]));
    expect(krs['kr-team']).toMatchObject({ ownerTeamId: 'core', contributingTeamIds: ['bf', 'hr2'] });
    expect(krs['kr-old']).toBeUndefined();
    expect(krs['kr-person']).toBeUndefined();
  });

  it('gives a key result to a team when the user chooses so for an owner who leaves', () => {
    const result = planPromotion(input({ choices: { ...input().choices, 'key-result:kr-person:owner-person': ['hr2'] } }));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.keyResults.find((k) => k.id === 'kr-person')).toMatchObject({ ownerId: null, ownerTeamId: 'hr2' });
  });

  it('refuses until every split owner team has a choice, saying which', () => {
    const result = planPromotion(input({ choices: {} }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Choose what happens to “shared”: owner team Payments is split: re-point it to Payments Core or Payments Risk, another team of the draft, or none.',
      'Choose what happens to Key result “kr-team”: owner team Payments is split: re-point it to Payments Core or Payments Risk, another team of the draft, or none.',
    ]);
  });

  it('refuses a choice of a team outside the draft and two owner teams for one key result', () => {
    const result = planPromotion(input({ choices: { 'objective:shared:team:pay': ['pay'], 'key-result:kr-team:owner-team': ['core', 'risk'] } }));
    expect(result.ok ? [] : result.problems).toEqual([
      'The team "pay" chosen for “shared”: owner team Payments is split is not a team of the draft: choose one of its teams.',
      'Key result “kr-team”: owner team Payments is split: a key result has one owner team; choose one of Payments Core, Payments Risk.',
    ]);
  });

  it('refuses an objective left without owners', () => {
    const result = planPromotion(input({ choices: { 'objective:solo:team:pay': [] }, objectives: [objective('solo', 'period:2026-Q4', ['pay'])] }));
    expect(result.ok ? [] : result.problems).toEqual(['“solo” would have no owner team left: choose a team of the draft for it.']);
  });

  it('refuses a draft with people deleted from the directory meanwhile, naming them', () => {
    const result = planPromotion(input({ people: people.map((p) => (p.id === 'ana' ? { ...p, deletedAt: AT } : p)) }));
    expect(result.ok ? [] : result.problems).toEqual(['Ana was deleted from the directory but is still on Payments Core in this draft: remove them from the draft (or restore them), then promote.']);
  });

  it('refuses a draft copied from an archived plan, an archived plan itself and a date before the current organisation', () => {
    const archive = plan('plan:archive-0', 'archived', 'Organisation until 2026-06-30');
    const fromArchive = planPromotion(input({ draft: plan(DRAFT_ID, 'draft', 'Back to the old ways', archive.id), plans: [...input().plans, archive] }));
    expect(fromArchive.ok ? '' : fromArchive.problems[0]).toMatch(/copied from “Organisation until 2026-06-30”, an archived plan/);
    const archived = planPromotion(input({ draft: archive }));
    expect(archived.ok ? '' : archived.problems[0]).toMatch(/is an archived plan, not a draft/);
    const early = planPromotion(input({ livePlan: { ...plan(LIVE_PLAN_ID, 'live', 'Live organisation'), effectiveFrom: '2026-10-01' } }));
    expect(early.ok ? '' : early.problems[0]).toBe('The effective date 2026-10-01 is not after 2026-10-01, when the current organisation took effect: choose a later date.');
  });

  it('dates the archive from when the current organisation took effect and warns when live was promoted since the draft was made', () => {
    const later = plan('plan:archive-0', 'archived', 'Organisation until 2026-06-30');
    const result = planPromotion(input({ livePlan: { ...plan(LIVE_PLAN_ID, 'live', 'Live organisation'), effectiveFrom: '2026-07-01' }, plans: [...input().plans, { ...later, createdAt: '2026-10-01T10:00:00.000Z' }] }));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.plans[1]).toMatchObject({ effectiveFrom: '2026-07-01', effectiveTo: '2026-09-30' });
    expect(result.warnings).toEqual(['The live organisation changed by promotion since this draft was made (Organisation until 2026-06-30): check the comparison before promoting.']);
  });
});
