import type { QuarterReview } from '../rules/quarterReview';
import type { CsvTable } from './csvTables';

const share = (achieved: number, of: number) => (of === 0 ? '' : Math.round((achieved / of) * 1000) / 10);

/** The quarter review as a spreadsheet: one row per objective, then the totals the screen shows. */
export function quarterReviewCsv(periodName: string, review: QuarterReview, teamNames: ReadonlyMap<string, string>): CsvTable {
  const rows: CsvTable['rows'] = review.objectives.map((o) => [
    periodName,
    o.title,
    o.kind,
    o.ownerTeamIds.map((id) => teamNames.get(id) ?? id).join('; '),
    o.score === null ? '' : o.score,
    o.achieved ? 'yes' : 'no',
    o.achieved ? '' : o.alreadyInNextPeriod ? 'already in the next period' : 'carry to the next period',
  ]);
  const total = review.committed.objectives + review.aspirational.objectives;
  const achieved = review.committed.achieved + review.aspirational.achieved;
  rows.push(
    [],
    [periodName, 'Objectives achieved (%)', '', '', '', share(achieved, total), ''],
    [periodName, 'Committed achieved', 'committed', '', '', `${review.committed.achieved} of ${review.committed.objectives}`, ''],
    [periodName, 'Aspirational achieved', 'aspirational', '', '', `${review.aspirational.achieved} of ${review.aspirational.objectives}`, ''],
    [periodName, 'Key results scored 0.0–0.3', '', '', review.scoreBands.low, '', ''],
    [periodName, 'Key results scored 0.4–0.6', '', '', review.scoreBands.middle, '', ''],
    [periodName, 'Key results scored 0.7–1.0', '', '', review.scoreBands.high, '', ''],
    [periodName, 'Teams with objectives', '', review.teamsWithObjectives.map((t) => t.name).join('; '), review.teamsWithObjectives.length, '', ''],
    [periodName, 'Teams without objectives', '', review.teamsWithoutObjectives.map((t) => t.name).join('; '), review.teamsWithoutObjectives.length, '', ''],
  );
  return { header: ['Period', 'Objective', 'Objective kind', 'Owner teams', 'Score', 'Achieved', 'Next period'], rows };
}
