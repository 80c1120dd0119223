import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, quarterOf, type Objective, type Team } from '../../../shared/model';
import { okrBoard } from '../../../renderer/features/okrs/okrBoard';
import { objectiveListRows, visibleObjectiveRows } from '../../../renderer/features/okrs/objectiveListRows';

const at = '2026-10-01T09:00:00.000Z';
const stamp = { createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null };
const period = quarterOf('2026-11-16');
const team = (id: string, name: string) => ({ ...stamp, id, name, planId: 'plan:live' }) as Team;
const teams = [team('t:portal', 'Customer Portal'), team('t:desk', 'Service Desk'), team('t:cloud', 'Cloud Infrastructure')];
const objective = (id: string, title: string, ownerTeamIds: string[], parentId: string | null = null, periodId = period.id): Objective => ({
  ...stamp,
  id,
  title,
  description: '',
  periodId,
  ownerTeamIds,
  parentId,
  kind: 'committed',
  score: null,
});

// The quarter as the page reads it: a company objective, two teams contributing (one of them with a
// contributor of its own), one objective aligned to last quarter's, and one standing alone.
const company = objective('o:company', 'Customers help themselves', ['t:portal', 't:desk']);
const portal = objective('o:portal', 'Answers in the portal', ['t:portal'], 'o:company');
const faq = objective('o:faq', 'A FAQ that answers', ['t:desk'], 'o:portal');
const desk = objective('o:desk', 'Fewer calls to the desk', ['t:desk'], 'o:company');
const lastQuarter = objective('o:q3', 'Modernise the platform', ['t:cloud'], null, 'period:2026-Q3');
const migrate = objective('o:migrate', 'Move to the new cluster', ['t:cloud'], 'o:q3');
const alone = objective('o:alone', 'Ship safely every day', ['t:cloud']);

function boardRows() {
  // Listed out of reading order (as stored): the list puts each contributor under its parent.
  const objectives = [faq, company, migrate, portal, alone, desk];
  return okrBoard({ period, objectives, keyResults: [], latestCheckIns: new Map(), outsideParents: new Map([[lastQuarter.id, lastQuarter]]) }, teams, DEFAULT_SETTINGS, '2026-11-16');
}
const read = (rows: ReturnType<typeof objectiveListRows>) => rows.map(({ row, depth, position, siblings }) => [row.objective.title, depth, position, siblings]);

describe('the OKRs page’s list of objectives', () => {
  it('reads each objective before those contributing to it, one level deeper, with its place among its siblings', () => {
    expect(read(objectiveListRows(boardRows()))).toEqual([
      ['Customers help themselves', 0, 1, 3],
      ['Answers in the portal', 1, 1, 2],
      ['A FAQ that answers', 2, 1, 1],
      ['Fewer calls to the desk', 1, 2, 2],
      ['Move to the new cluster', 0, 2, 3],
      ['Ship safely every day', 0, 3, 3],
    ]);
  });

  it('shows an objective aligned to one of another period at the top level, its card naming that parent', () => {
    const migrating = objectiveListRows(boardRows()).find((item) => item.row.objective.id === migrate.id)!;
    expect(migrating.depth).toBe(0);
    expect(migrating.row.parentTitle).toBe('Modernise the platform');
  });

  it('filtered by a team: the objectives it owns or shares; one whose parent the team does not own starts at the top level', () => {
    const desks = visibleObjectiveRows(boardRows(), 't:desk');
    expect(read(objectiveListRows(desks))).toEqual([
      ['A FAQ that answers', 0, 1, 2],
      ['Customers help themselves', 0, 2, 2],
      ['Fewer calls to the desk', 1, 1, 1],
    ]);
    // The FAQ's parent is filtered out: its card still says what it contributes to.
    expect(desks.find((r) => r.objective.id === faq.id)!.parentTitle).toBe('Answers in the portal');
    expect(visibleObjectiveRows(boardRows(), null)).toHaveLength(6);
    expect(visibleObjectiveRows(boardRows(), 't:nobody')).toEqual([]);
  });

  it('keeps every objective of a large quarter exactly once, in reading order', () => {
    const many = Array.from({ length: 500 }, (_, i) => objective(`o:${i}`, `Objective ${i}`, ['t:portal'], i > 0 && i % 3 !== 0 ? `o:${Math.floor(i / 2)}` : null));
    const rows = objectiveListRows(okrBoard({ period, objectives: many, keyResults: [], latestCheckIns: new Map() }, teams, DEFAULT_SETTINGS, '2026-11-16'));
    expect(new Set(rows.map((r) => r.row.objective.id)).size).toBe(500);
    // Each contributor comes after its parent, one level deeper.
    const seen = new Map<string, number>();
    for (const { row, depth } of rows) {
      const parent = row.objective.parentId;
      if (parent) expect(depth).toBe(seen.get(parent)! + 1);
      seen.set(row.objective.id, depth);
    }
  });
});
