export { correspondTeams, baselineFates, type LineageTeam, type TeamCorrespondence, type TeamFate } from './lineage';
export { scenarioChanges, type ScenarioChange, type ScenarioChangeKind, type Placement, type ChangeListInput, type ScenarioTeam, type ScenarioMembership } from './changeList';
export { planHealthSummary, healthDelta, type PlanHealthSummary, type HealthDelta, type HealthMetric, type LinkedCount } from './healthSummary';
export { okrImpact, acceptSingleProposals, periodEnd, periodEndedBefore, objectivesToRepoint, type OkrImpactItem, type OkrImpactInput, type RepointChoices } from './okrImpact';
export { planPromotion, type PromotionInput, type PromotionPlan } from './promotion';
export { copyPlanRecords, splitTeamRecords, mergeTeamRecords, type SplitPart, type PlanEdit, type Stamp } from './planEdits';
export { DraftFile, DRAFT_FILE_FORMAT, DRAFT_FILE_VERSION, DRAFT_FILE_MAX_BYTES, matchDraftPeople, matchDraftRoles, type PeopleMatch, type MatchablePerson } from './draftFile';
export { comparePlans, planSize, MAX_COMPARED_PLANS, type PlanRecords, type ComparisonDirectory, type PlanSize, type PlanComparison, type ComparisonResult } from './comparison';
export { copyDesignRecords, type DesignRecords } from './designCopy';
