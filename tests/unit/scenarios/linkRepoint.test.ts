import { describe, expect, it } from 'vitest';
import type { Dependency, Interaction } from '../../../shared/model';
import { linksOfTeam, repointLinksOnMerge, repointLinksOnSplit } from '../../../shared/scenarios';
import { AT, DRAFT_ID, gone } from './fixtures';

const STAMP = { at: '2026-11-16T10:00:00.000Z', actor: 'me' };
const fields = (id: string) => ({ id, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null });
const interaction = (id: string, providerTeamId: string, consumerTeamId: string, more: Partial<Interaction> = {}): Interaction => ({
  ...fields(id), planId: DRAFT_ID, providerTeamId, consumerTeamId, mode: 'x-as-a-service', purpose: '', start: '2026-10-01', end: null, ...more,
});
const dependency = (id: string, dependentTeamId: string, dependsOnTeamId: string, more: Partial<Dependency> = {}): Dependency => ({
  ...fields(id), planId: DRAFT_ID, dependentTeamId, dependsOnTeamId, state: 'slowing', since: '2026-09-01', note: '', ...more,
});
const brief = (i: Interaction) => `${i.id} ${i.providerTeamId}→${i.consumerTeamId}${i.deletedAt ? ' deleted' : ''}`;
const briefD = (d: Dependency) => `${d.id} ${d.dependentTeamId}→${d.dependsOnTeamId} ${d.state}${d.deletedAt ? ' deleted' : ''}`;

describe('interactions and dependencies when teams merge', () => {
  it('re-points them to the merged team and leaves other teams’ links alone', () => {
    const out = repointLinksOnMerge({
      interactions: [interaction('i1', 'plat', 'pay'), interaction('i2', 'plat', 'data')],
      dependencies: [dependency('d1', 'bill', 'data')],
    }, ['pay', 'bill'], 'money', STAMP);
    expect(out.interactions.map(brief)).toEqual(['i1 plat→money']);
    expect(out.dependencies.map(briefD)).toEqual(['d1 money→data slowing']);
    expect(out.interactions[0]).toMatchObject({ updatedAt: STAMP.at, updatedBy: 'me', deletedAt: null });
  });

  it('drops an interaction or dependency between two of the merged teams (a team does not interact with itself)', () => {
    const out = repointLinksOnMerge({ interactions: [interaction('i1', 'pay', 'bill', { mode: 'collaboration' })], dependencies: [dependency('d1', 'bill', 'pay')] }, ['pay', 'bill'], 'money', STAMP);
    expect(out.interactions.map(brief)).toEqual(['i1 pay→bill deleted']);
    expect(out.dependencies.map(briefD)).toEqual(['d1 bill→pay slowing deleted']);
  });

  it('makes two interactions that became the same one: earliest start, open end, both purposes', () => {
    const out = repointLinksOnMerge({
      interactions: [
        interaction('i1', 'plat', 'pay', { start: '2026-11-01', end: '2027-01-31', purpose: 'Card API' }),
        interaction('i2', 'plat', 'bill', { start: '2026-10-01', end: null, purpose: 'Invoices API' }),
        // A collaboration is the same whichever side provides it.
        interaction('i3', 'pay', 'data', { mode: 'collaboration', end: '2026-12-31' }),
        interaction('i4', 'data', 'bill', { mode: 'collaboration', end: '2027-02-28' }),
      ],
      dependencies: [],
    }, ['pay', 'bill'], 'money', STAMP);
    expect(out.interactions.map(brief)).toEqual(['i2 plat→money', 'i1 plat→money deleted', 'i3 money→data', 'i4 data→money deleted']);
    expect(out.interactions[0]).toMatchObject({ start: '2026-10-01', end: null, purpose: 'Invoices API; Card API' });
    expect(out.interactions[2]).toMatchObject({ end: '2027-02-28' });
  });

  it('makes two dependencies that became the same one, keeping the most severe state and both notes', () => {
    const out = repointLinksOnMerge({
      interactions: [],
      dependencies: [dependency('d1', 'pay', 'plat', { state: 'slowing', note: 'Slow reviews' }), dependency('d2', 'bill', 'plat', { state: 'blocking', since: '2026-10-20', note: 'No sandbox' })],
    }, ['pay', 'bill'], 'money', STAMP);
    expect(out.dependencies.map(briefD)).toEqual(['d2 money→plat blocking', 'd1 money→plat slowing deleted']);
    expect(out.dependencies[0]).toMatchObject({ since: '2026-10-20', note: 'No sandbox; Slow reviews' });
  });

  it('ignores deleted links', () => {
    expect(repointLinksOnMerge({ interactions: [gone(interaction('i1', 'plat', 'pay'))], dependencies: [gone(dependency('d1', 'pay', 'plat'))] }, ['pay', 'bill'], 'money', STAMP))
      .toEqual({ interactions: [], dependencies: [] });
  });
});

describe('interactions and dependencies when a team splits', () => {
  const links = {
    interactions: [interaction('i1', 'plat', 'pay'), interaction('i2', 'pay', 'data', { mode: 'facilitating' }), interaction('i3', 'plat', 'data')],
    dependencies: [dependency('d1', 'pay', 'plat'), gone(dependency('d2', 'fraud', 'pay'))],
  };

  it('lists the team’s own alive links for the dialog', () => {
    const own = linksOfTeam(links, 'pay');
    expect(own.interactions.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(own.dependencies.map((d) => d.id)).toEqual(['d1']);
  });

  it('sends each link to the part chosen for it, the first part when none was chosen', () => {
    const out = repointLinksOnSplit(links, 'pay', ['core', 'risk'], { i2: 1 }, STAMP);
    expect(out.interactions.map(brief)).toEqual(['i1 plat→core', 'i2 risk→data']);
    expect(out.dependencies.map(briefD)).toEqual(['d1 core→plat slowing']);
  });

  it('falls back to the first part for a choice that names no part', () => {
    expect(repointLinksOnSplit(links, 'pay', ['core', 'risk'], { i1: 7 }, STAMP).interactions.map(brief)).toEqual(['i1 plat→core', 'i2 core→data']);
  });
});
