import type { SizeLimits } from '../model';
import { sortFindings, type Finding } from './finding';
import { formatFte, type TeamSize } from './teamSize';
import { count } from './wording';

const RULE = 'two-pizza';

type Over = 'fail' | 'warn' | undefined;

function over(value: number, limits: SizeLimits): Over {
  if (value > limits.failAbove) return 'fail';
  if (value > limits.warnAbove) return 'warn';
  return undefined;
}

function limitCrossed(severity: 'fail' | 'warn', limits: SizeLimits): string {
  return severity === 'fail'
    ? `over the two-pizza limit of ${limits.failAbove}`
    : `above the comfortable size of ${limits.warnAbove}`;
}

const EMPTY: Finding = {
  id: `${RULE}:empty`,
  rule: RULE,
  severity: 'warn',
  title: 'No members yet',
  explanation: 'This team has no members yet, so nobody can deliver its work.',
  fix: 'Add people to the team, starting with its required roles.',
};

function headcountFinding({ headcount, fte }: TeamSize, limits: SizeLimits): Finding | undefined {
  const people = count(headcount, 'person', 'people');
  const base = { id: `${RULE}:headcount`, rule: RULE };
  const severity = over(headcount, limits);
  if (severity) {
    const limit = severity === 'fail' ? limits.failAbove : limits.warnAbove;
    const title = severity === 'fail' ? 'Team too large' : 'Team getting large';
    // Part-timers shrink the FTE but not the number of people who must stay in sync.
    if (fte <= limit) {
      return {
        ...base, severity, title,
        explanation: `${people} is ${limitCrossed(severity, limits)}, even though their time adds up to only ${formatFte(fte)} FTE: every member, part-time or not, adds to the coordination.`,
        fix: 'Give fewer people more of their time on this team, or split it around parts of its service.',
      };
    }
    return {
      ...base, severity, title,
      explanation: `${people} is ${limitCrossed(severity, limits)}: a team this size spends more time coordinating than delivering.`,
      fix: severity === 'fail'
        ? 'Split the team around parts of its service, or move people to teams that need them.'
        : `Keep the team at ${limits.warnAbove} or fewer, or plan how it will split before it grows further.`,
    };
  }
  if (headcount < limits.warnBelow) {
    return {
      ...base, severity: 'warn', title: 'Team too small',
      explanation: `${people} is below the minimum of ${limits.warnBelow}: a team this small struggles to cover its roles and stalls when someone is away.`,
      fix: `Add people until the team has at least ${limits.warnBelow}, or merge it with a team working on a related service.`,
    };
  }
  return undefined;
}

/** Only says what the headcount check has not already said. */
function fteFinding({ headcount, fte }: TeamSize, limits: SizeLimits): Finding | undefined {
  const base = { id: `${RULE}:fte`, rule: RULE };
  const fteOver = over(fte, limits);
  const headcountOver = over(headcount, limits);
  if (fteOver && fteOver !== headcountOver && headcountOver !== 'fail') {
    // FTE can only exceed headcount when someone holds several roles here adding up to over 100 %.
    return {
      ...base, severity: fteOver, title: 'More work than people',
      explanation: `Allocations add up to ${formatFte(fte)} FTE for ${count(headcount, 'person', 'people')}, ${limitCrossed(fteOver, limits)}: some people are counted as more than full-time across their roles on this team.`,
      fix: 'Lower the allocations of people who hold several roles here, so each person adds up to at most 100%.',
    };
  }
  if (fte < limits.warnBelow && headcount >= limits.warnBelow) {
    return {
      ...base, severity: 'warn', title: 'Mostly part-time',
      explanation: `${count(headcount, 'person', 'people')} add up to only ${formatFte(fte)} FTE, below the minimum of ${limits.warnBelow}: with so many part-timers the team has little time to deliver.`,
      fix: `Give fewer people more of their time on this team, so it has at least ${limits.warnBelow} FTE.`,
    };
  }
  return undefined;
}

/**
 * Two-pizza findings for one team: headcount first, then FTE when it adds something. An empty team
 * gets one finding of its own instead.
 */
export function twoPizzaFindings(size: TeamSize, limits: SizeLimits): Finding[] {
  if (size.headcount === 0) return [EMPTY];
  return [headcountFinding(size, limits), fteFinding(size, limits)].filter((f): f is Finding => f !== undefined);
}

/** The most severe two-pizza finding (headcount before FTE on a tie); undefined when the size is fine. */
export function twoPizzaFinding(size: TeamSize, limits: SizeLimits): Finding | undefined {
  return sortFindings(twoPizzaFindings(size, limits))[0];
}
