/** How bad a finding is. `info` never changes a verdict; it only explains. */
export type Severity = 'fail' | 'warn' | 'info';

/** The one-word summary of a set of findings, e.g. a team's health badge. */
export type Verdict = 'pass' | 'warn' | 'fail';

/** What a finding is about, so the UI can highlight the person or role. */
export interface FindingSubject {
  personId?: string;
  roleId?: string;
}

/** The result of a rule: something a person should know about, in plain English. */
export interface Finding {
  /** Stable across recomputations (e.g. `two-pizza:headcount`), so the UI can key and dismiss it. */
  id: string;
  /** The rule that produced it, e.g. `two-pizza`. */
  rule: string;
  severity: Severity;
  /** Short, fits on a badge: "Team too large". */
  title: string;
  /** One plain-English sentence saying what is wrong and why it matters. */
  explanation: string;
  /** A suggested fix, when there is an obvious one. */
  fix?: string;
  subject?: FindingSubject;
  /** The principle set that spoke, when not the Default one: "Platform". */
  principle?: string;
}

const RANK: Record<Severity, number> = { fail: 2, warn: 1, info: 0 };

/** The most severe severity among the findings; undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const finding of findings) {
    if (worst === undefined || RANK[finding.severity] > RANK[worst]) worst = finding.severity;
  }
  return worst;
}

/** fail if any finding fails, warn if any warns, otherwise pass (info findings pass). */
export function verdict(findings: readonly Finding[]): Verdict {
  const worst = worstSeverity(findings);
  return worst === 'fail' || worst === 'warn' ? worst : 'pass';
}

/** Most severe first; the original order is kept within a severity (the sort is stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}
