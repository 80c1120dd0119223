import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decideDecimalSeparator, numericCells, planOkrImport, suggestOkrMapping, type OkrImportInput } from '../../../shared/import/okrs';

const TEAMS = ['Customer Portal', 'Service Desk', 'Payments', 'Data Platform', 'Checkout', 'Growth'].map((name, i) => ({ id: `team-${i}`, name }));
const PEOPLE = [
  { id: 'p-ada', name: 'Ada Lovelace', email: 'ada@example.com' },
  { id: 'p-grace', name: 'Grace Hopper', email: 'grace@example.com' },
];

function fromCsv(text: string, overrides: Partial<OkrImportInput> = {}): ReturnType<typeof planOkrImport> {
  const [header = [], ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  const mapping = suggestOkrMapping(header);
  const decision = decideDecimalSeparator(numericCells(rows, mapping));
  return planOkrImport({
    rows, mapping, decimal: decision.separator, decimalDecided: decision.decided, fiscalStartMonth: 1, today: '2026-11-16', graceDays: 14,
    teams: TEAMS, people: PEOPLE, customPeriods: [], existingObjectives: [], ...overrides,
  });
}

const QUARTER = readFileSync(new URL('../../fixtures/okr-import/company-quarter.csv', import.meta.url), 'utf8');

describe('planning an OKR import from a spreadsheet', () => {
  it('maps the columns of a real quarter and of the OKR CSV export', () => {
    const [header] = Papa.parse<string[]>(QUARTER).data;
    expect(suggestOkrMapping(header!)).toMatchObject({ period: 0, objective: 1, ownerTeams: [2], objectiveKind: 3, parent: 4, keyResult: 5, metric: 6, start: 7, target: 8, unit: 9, owner: 10, current: 11, confidence: 12, asOf: 13 });
    const exported = ['Period', 'Period start', 'Period end', 'Objective', 'Objective kind', 'Owner teams', 'Aligned to', 'Objective score', 'Key result', 'Metric', 'Start', 'Target', 'Unit', 'Weight', 'Key result owner', 'Latest check-in date', 'Latest value', 'Latest confidence', 'Latest note', 'Key result score'];
    expect(suggestOkrMapping(exported)).toMatchObject({ period: 0, periodStart: 1, periodEnd: 2, objective: 3, objectiveKind: 4, ownerTeams: [5], parent: 6, keyResult: 8, metric: 9, start: 10, target: 11, unit: 12, weight: 13, owner: 14, asOf: 15, current: 16, confidence: 17, note: 18 });
  });

  it('groups rows by period + title + owner teams: owners in any order are one objective, repeated titles with other owners stay separate', () => {
    const plan = fromCsv(QUARTER);
    expect(plan.problems).toEqual([]);
    const titles = plan.objectives.map((o) => `${o.period.name} · ${o.title} · ${o.ownerTeamNames.join(' + ')}`);
    expect(titles).toEqual([
      'Q4 2026 · Customers help themselves · Customer Portal + Service Desk',
      'Q4 2026 · Improve reliability · Payments',
      'Q4 2026 · Improve reliability · Data Platform',
      'Q4 2026 · Grow self-service revenue · Payments + Checkout + Customer Portal + Growth + Mobile',
      'Q4 2026 · Reduce churn · Growth',
    ]);
    expect(plan.objectives[0]!.keyResults.map((k) => k.title)).toEqual(['Share of requests solved in the portal', 'Calls to the contact centre per week', 'Live chat launched']);
    expect(plan.objectives[2]!.kind).toBe('aspirational');
  });

  it('offers unknown owner teams for creation and links the parent objective in the same file', () => {
    const plan = fromCsv(QUARTER);
    expect(plan.newTeamNames).toEqual(['Mobile']);
    const revenue = plan.objectives[3]!;
    expect(revenue.parent).toEqual({ kind: 'file', key: plan.objectives[0]!.key });
  });

  it('reads numbers with units, thousands and suffixes, infers a metric, and takes owners as people (name or email) or teams', () => {
    const [shared, payments, data, revenue, churn] = fromCsv(QUARTER).objectives;
    expect(shared!.keyResults[0]).toMatchObject({ metric: 'increase', start: 20, target: 45, unit: '%', owner: { kind: 'person', id: 'p-ada' }, checkIn: { value: 35, confidence: 8, date: '2026-11-10' } });
    expect(shared!.keyResults[1]).toMatchObject({ metric: 'decrease', start: 4200, target: 3000, unit: 'calls', owner: { kind: 'team', name: 'Service Desk' }, checkIn: { value: 3900, date: '2026-11-16' } });
    expect(shared!.keyResults[2]).toMatchObject({ metric: 'milestone', start: 0, target: 1, checkIn: { value: 0, confidence: 7 } });
    expect(payments!.keyResults[0]).toMatchObject({ metric: 'stayAbove', start: null, target: 99.9, checkIn: { value: 99.95, date: '2026-11-12' } });
    expect(data!.keyResults[0]).toMatchObject({ owner: { kind: 'person', id: 'p-grace' }, checkIn: null });
    expect(revenue!.keyResults[0]).toMatchObject({ metric: 'increase', start: 1_200_000, target: 3_000_000, checkIn: { value: 1_500_000, confidence: 5 } });
    expect(churn!.keyResults[0]).toMatchObject({ metric: 'decrease', start: 4, target: 2, unit: '%', checkIn: null });
  });

  it('dates a current value without "as of" by the earlier of today and the period end', () => {
    const plan = fromCsv('Period,Objective,Team,Key result,Start,Target,Current,Confidence\nQ3 2026,Past quarter,Payments,Orders,10,20,18,7\n');
    expect(plan.objectives[0]!.keyResults[0]!.checkIn).toEqual({ value: 18, confidence: 7, date: '2026-09-30', note: '' });
  });

  it('decides the decimal separator per file: "3,5" makes the file\'s "1,200" one point two', () => {
    const plan = fromCsv('Period,Objective,Team,Key result,Start,Target\nQ4 2026,Speed,Payments,Seconds to pay,"3,5","1,200"\n');
    expect(plan.objectives[0]!.keyResults[0]).toMatchObject({ start: 3.5, target: 1.2, metric: 'decrease' });
  });

  it('flags a value the file cannot settle, never guessing', () => {
    const plan = fromCsv('Period,Objective,Team,Key result,Start,Target\nQ4 2026,Scale,Payments,Orders,"1,200","1,500"\n');
    expect(plan.problems).toEqual([
      { row: 2, message: 'start: "1,200" could be 1200 or 1.200: choose the file\'s decimal separator in the preview, or write the number without grouping' },
      { row: 2, message: 'target: "1,500" could be 1500 or 1.500: choose the file\'s decimal separator in the preview, or write the number without grouping' },
    ]);
  });

  it('gives one clear message per bad row', () => {
    const csv = [
      'Period,Period start,Period end,Objective,Team,Key result,Metric,Start,Target,Owner,Current,Confidence',
      'Q4 2026,,,,Payments,Orders,,10,20,,,',
      'Q4 2026,,,Same,Payments,Orders,Increase to,10,10,,,',
      'Q4 2026,,,Ship,Payments,Launch,Milestone,,50,,,',
      'Q4 2026,,,Trust,Payments,NPS,,30,50,,40,11',
      'Backwards,2026-12-31,2026-10-01,Later,Payments,X,,1,2,,,',
      'Q4 2026,,,Owners,Payments,Y,,1,2,Jon Smith,,',
    ].join('\n');
    const plan = fromCsv(csv, { today: '2027-02-01' });
    // A target equal to its start is allowed (done once reached; the app exports such key results): said, not refused.
    expect(plan.notes).toContainEqual({ row: 3, message: '"Orders" has the target equal to its start (10): it counts as done once reached. To hold a line, choose "Stay above" or "Stay below"' });
    expect(plan.problems.map((p) => `row ${p.row}: ${p.message}`)).toEqual([
      'row 2: the objective title is missing: every row names the objective its key result belongs to',
      'row 4: "Launch" is a milestone (done or not), but has the number 50: clear Start and Target, or choose another metric',
      'row 5: confidence "11" must be a whole number from 0 (no chance) to 10 (certain)',
      'row 6: the period "Backwards" ends (2026-10-01) before it starts (2026-12-31): swap the dates or correct them',
      'row 7: the key result owner "Jon Smith" matches nobody: add the person in People first (or import the roster), use a team\'s name, or clear the cell',
    ]);
  });

  it('refuses a check-in dated long after its period ended, naming the dates allowed', () => {
    const plan = fromCsv('Period,Objective,Team,Key result,Start,Target,Current,Confidence,As of\nQ4 2026,Late,Payments,Z,1,2,1.5,5,2027-01-20\n', { today: '2027-02-01' });
    expect(plan.problems).toEqual([{ row: 2, message: 'The check-in date 2027-01-20 is more than 14 days after Q4 2026 ended (2026-12-31): choose a date from 2026-10-01 to 2027-01-14.' }]);
  });

  it('skips objectives the workspace already has, so importing twice adds nothing', () => {
    const plan = fromCsv(QUARTER, { existingObjectives: [{ id: 'o-1', title: 'customers help themselves', periodId: 'period:2026-Q4', ownerTeamIds: ['team-1', 'team-0'] }] });
    expect(plan.objectives[0]!.existingId).toBe('o-1');
    expect(plan.keyResultCount).toBe(4);
  });

  it('turns fiscal quarters into named periods to create when the fiscal year starts in April', () => {
    const plan = fromCsv(QUARTER, { fiscalStartMonth: 4 });
    expect(plan.newPeriods).toEqual([{ kind: 'custom', name: 'FY26 Q4', start: '2026-01-01', end: '2026-03-31' }]);
  });
});

describe('an OKR sheet written by another system', () => {
  it('names workspace teams and people without their accents, and people as "Last, First"; a forgiving match must name one', () => {
    const teams = [...TEAMS, { id: 'team-d', name: 'Données & Analytique' }];
    const people = [...PEOPLE, { id: 'p-zofia', name: 'Zofia Wójcik', email: null }, { id: 'p-lee1', name: 'Lee Kim', email: null }, { id: 'p-lee2', name: 'Lee Kim', email: null }];
    const csv = [
      'Period,Objective,Owner teams,Key result,Metric,Start,Target,Owner',
      'Q4 2026,Trusted numbers,Donnees & Analytique,Dashboards on one definition,Increase to,0,12,"Wojcik, Zofia"',
      'Q4 2026,Trusted numbers,Donnees & Analytique,Reports signed off,Increase to,0,4,Lovelace Ada',
      'Q4 2026,Trusted numbers,Donnees & Analytique,Data contracts,Increase to,0,5,"Kim, Lee"',
    ].join('\n');
    const plan = fromCsv(csv, { teams, people: people as never });
    expect(plan.newTeamNames).toEqual([]);
    expect(plan.objectives.map((o) => o.ownerTeamNames)).toEqual([['Données & Analytique']]);
    expect(plan.objectives[0]!.keyResults[0]!.owner).toEqual({ kind: 'person', id: 'p-zofia' });
    expect(plan.problems.map((p) => [p.row, p.message])).toEqual([
      [3, 'the key result owner "Lovelace Ada" matches nobody: add the person in People first (or import the roster), use a team\'s name, or clear the cell'],
      [4, 'the owner "Kim, Lee" matches 2 people: write their email instead'],
    ]);
  });
});
