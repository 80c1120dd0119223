import { z } from 'zod';
import { Objective, ObjectiveKind } from '../../../shared/model';

/** What the objective editor checks before saving; messages say what is wrong and what to do. */
export const ObjectiveForm = z.object({
  title: Objective.shape.title,
  description: Objective.shape.description,
  periodId: z.string().min(1, 'Choose the period this objective belongs to.'),
  ownerTeamIds: z
    .array(z.string())
    .min(1, 'Choose at least one owner team (two or more for a shared objective).')
    .max(50, 'An objective can have at most 50 owner teams: choose fewer.'),
  parentId: z.string().nullable(),
  kind: ObjectiveKind,
});
export type ObjectiveFormValues = z.input<typeof ObjectiveForm>;

export function objectiveFormValues(objective: Objective | null, periodId: string, teamId: string | null): ObjectiveFormValues {
  if (!objective) return { title: '', description: '', periodId, ownerTeamIds: teamId ? [teamId] : [], parentId: null, kind: 'committed' };
  const { title, description, ownerTeamIds, parentId, kind } = objective;
  return { title, description, periodId: objective.periodId, ownerTeamIds: [...ownerTeamIds], parentId, kind };
}
