import type { Objective, Person, Team } from '../../shared/model';
import { recordedObjectiveTitles, recordedPersonNames, recordedTeamNames } from '../../shared/recordedNames';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';

const EMPTY = new Map<string, string>();

/**
 * Every person's name by id as history shows it, tombstones included ("Ana Lima (removed)"), so
 * a check-in's author or a key result's owner deleted since keeps their name. Computed once per
 * version of the people table and shared by every screen; empty until people are in memory.
 */
export function useRecordedPersonNames(): ReadonlyMap<string, string> {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('people');
  if (!version) return EMPTY;
  return memory.cached('recorded-person-names', ['people'], () => recordedPersonNames(memory.all<Person>('people')));
}

/** Every team of every plan by id, tombstones included ("Payments (deleted)"): an objective's owners from an earlier organisation, a deleted team. */
export function useRecordedTeamNames(): ReadonlyMap<string, string> {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('teams');
  if (!version) return EMPTY;
  return memory.cached('recorded-team-names', ['teams'], () => recordedTeamNames(memory.all<Team>('teams')));
}

/** Every objective's title by id, deleted ones marked "(deleted)": a parent objective in a change history. */
export function useRecordedObjectiveTitles(): ReadonlyMap<string, string> {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('objectives');
  if (!version) return EMPTY;
  return memory.cached('recorded-objective-titles', ['objectives'], () => recordedObjectiveTitles(memory.all<Objective>('objectives')));
}
