import type { ChartCardContent } from './chartCard';

/** The organisation in figures, as a cover page and the chart's top box state it. */
export interface OrgSummary {
  teams: number;
  passing: number;
  attention: number;
  failing: number;
  /** Distinct people on the charted teams (a person on two teams counts once; vacancies not at all). */
  people: number;
  fte: number;
  /** Distinct people from a business department. */
  businessPeople: number;
  /** businessPeople / people, 0–1; 0 without people. */
  businessShare: number;
}

export function orgSummary(cards: readonly ChartCardContent[]): OrgSummary {
  const people = new Set<string>();
  const business = new Set<string>();
  let fte = 0;
  const verdicts = { pass: 0, warn: 0, fail: 0 };
  for (const card of cards) {
    fte += card.fte;
    verdicts[card.verdict] += 1;
    for (const group of card.roleGroups) {
      for (const member of group.members) {
        if (member.personId === null) continue;
        people.add(member.personId);
        if (member.business) business.add(member.personId);
      }
    }
  }
  return {
    teams: cards.length,
    passing: verdicts.pass,
    attention: verdicts.warn,
    failing: verdicts.fail,
    people: people.size,
    fte,
    businessPeople: business.size,
    businessShare: people.size === 0 ? 0 : business.size / people.size,
  };
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "1,427.4": FTE with at most one decimal and thousands separators. */
export function fteText(fte: number): string {
  return fte.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** "12 teams · 90 people · 85.5 FTE" */
export function orgSummaryLine(summary: OrgSummary): string {
  return `${count(summary.teams, 'team', 'teams')} · ${count(summary.people, 'person', 'people')} · ${fteText(summary.fte)} FTE`;
}

/** "8 healthy · 3 need attention · 1 failing" */
export function verdictLine(summary: OrgSummary): string {
  return `${summary.passing.toLocaleString('en-GB')} healthy · ${summary.attention.toLocaleString('en-GB')} ${summary.attention === 1 ? 'needs' : 'need'} attention · ${summary.failing.toLocaleString('en-GB')} failing`;
}
