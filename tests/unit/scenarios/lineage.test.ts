import { describe, expect, it } from 'vitest';
import { baselineFates, correspondTeams } from '../../../shared/scenarios';
import { DRAFT_ID, gone, team } from './fixtures';

const live = [team('pay', 'Payments'), team('bill', 'Billing'), team('fraud', 'Fraud'), team('hr', 'HR Apps')];

describe('team correspondence through lineage', () => {
  it('matches a copied team to its original, renamed or not', () => {
    const draft = [team('pay2', 'Payments', DRAFT_ID, ['pay']), team('bill2', 'Invoicing', DRAFT_ID, ['bill'])];
    const c = correspondTeams(live, draft);
    expect(c.successors.get('pay')).toEqual(['pay2']);
    expect(c.predecessors.get('bill2')).toEqual(['bill']);
    expect(baselineFates(c).get('bill')).toEqual({ kind: 'same', baselineTeamId: 'bill', candidateTeamId: 'bill2' });
  });

  it('follows a split through the tombstone of the draft copy to the live team', () => {
    const draft = [
      gone(team('pay2', 'Payments', DRAFT_ID, ['pay'])),
      team('core', 'Payments Core', DRAFT_ID, ['pay2']),
      team('risk', 'Payments Risk', DRAFT_ID, ['pay2']),
    ];
    const fates = baselineFates(correspondTeams(live, draft));
    expect(fates.get('pay')).toEqual({ kind: 'split', baselineTeamId: 'pay', candidateTeamIds: ['core', 'risk'] });
    expect(fates.get('bill')).toEqual({ kind: 'removed', baselineTeamId: 'bill' });
  });

  it('recognises a merge of two live teams', () => {
    const draft = [team('pb', 'Payments & Billing', DRAFT_ID, ['pay', 'bill'])];
    const c = correspondTeams(live, draft);
    expect(c.predecessors.get('pb')).toEqual(['pay', 'bill']);
    expect(baselineFates(c).get('bill')).toEqual({ kind: 'merged', baselineTeamIds: ['pay', 'bill'], candidateTeamId: 'pb' });
  });

  it('treats a team without lineage as added and a removed live team as removed', () => {
    const c = correspondTeams(live, [team('new', 'Data Platform', DRAFT_ID)]);
    expect(c.predecessors.get('new')).toEqual([]);
    expect([...c.successors.values()].every((s) => s.length === 0)).toBe(true);
  });

  it('matches two drafts copied from the same live team through their common origin', () => {
    const a = [team('a1', 'Payments', 'plan:a', ['pay'])];
    const b = [team('b1', 'Payments', 'plan:b', ['pay'])];
    expect(correspondTeams(a, b, live).successors.get('a1')).toEqual(['b1']);
  });

  it('stops at the nearest baseline team, so siblings of an old split never match each other', () => {
    const archive = [team('old', 'Payments', 'plan:archive')];
    const current = [team('core', 'Core', undefined, ['old']), team('risk', 'Risk', undefined, ['old'])];
    const draft = [team('core2', 'Core', DRAFT_ID, ['core']), team('risk2', 'Risk', DRAFT_ID, ['risk'])];
    const c = correspondTeams(current, draft, archive);
    expect(c.successors.get('core')).toEqual(['core2']);
    expect(c.successors.get('risk')).toEqual(['risk2']);
  });

  it('survives a lineage cycle without looping', () => {
    const draft = [team('x', 'X', DRAFT_ID, ['y']), team('y', 'Y', DRAFT_ID, ['x'])];
    expect(correspondTeams(live, draft).predecessors.get('x')).toEqual([]);
  });

  it('ignores deleted teams of the draft as results but passes through them', () => {
    const draft = [gone(team('pay2', 'Payments', DRAFT_ID, ['pay']))];
    expect(correspondTeams(live, draft).successors.get('pay')).toEqual([]);
  });

  it('compares empty plans', () => {
    const c = correspondTeams([], []);
    expect(c.successors.size + c.predecessors.size).toBe(0);
  });
});
