import { suggestMapping, type ColumnMapping, type FieldSynonyms } from './headerMatch';
import { numberSign } from './rosterColumns';

/** The fields of a memberships file: who (any of three keys), which team, which role, how much. */
export const MEMBERSHIP_FIELDS = ['employeeId', 'email', 'name', 'team', 'role', 'allocation'] as const;
export type MembershipField = (typeof MEMBERSHIP_FIELDS)[number];
export type MembershipMapping = ColumnMapping<MembershipField>;

export const MEMBERSHIP_FIELD_LABELS: Record<MembershipField, string> = {
  employeeId: 'Employee ID',
  email: 'Email',
  name: 'Person’s name',
  team: 'Team',
  role: 'Role',
  allocation: 'Allocation %',
};

const SYNONYMS: Record<MembershipField, FieldSynonyms> = {
  employeeId: {
    exact: ['employeeid', 'employeenumber', 'empid', 'staffid', 'personnelnumber', 'workerid', 'personalnummer', 'mitarbeiternummer', 'matricule', 'idempleado', 'matricola', 'personeelsnummer'],
    has: /employee(id|number|no)|staff(id|number)|personalnummer|matricule/,
  },
  email: { exact: ['email', 'emailaddress', 'mail', 'workemail', 'emailadresse', 'courriel', 'correo'], has: /mail/, not: /manager/ },
  name: {
    exact: ['name', 'person', 'personname', 'fullname', 'employee', 'employeename', 'member', 'membername', 'mitarbeiter', 'nomcomplet', 'nombre', 'nome', 'naam'],
    has: /name|person|member/,
    not: /team|role|first|last|manager|squad/,
  },
  team: {
    exact: ['team', 'teamname', 'squad', 'productteam', 'group', 'equipe', 'equipo', 'squadra', 'gruppe', 'ploeg'],
    has: /team|squad|equipe|equipo/,
  },
  role: {
    exact: ['role', 'teamrole', 'rolename', 'rolle', 'function', 'funktion', 'rol', 'ruolo', 'fonction', 'position'],
    has: /role|rolle|ruolo/,
  },
  allocation: {
    exact: [
      'allocation', 'allocationpercent', 'allocationpct', 'percent', 'percentage', 'fte', 'share', 'capacity', 'time', 'anteil', 'kapazitat', 'affectation', 'dedicacion', 'percentuale', 'inzet',
      'employment', 'employmentpercent', 'beschaftigungsgrad', 'arbeitspensum', 'pensum', 'tauxdactivite', 'quotite', 'etp',
      'hoursperweek', 'weeklyhours', 'hoursweek', 'wochenstunden', 'stundenprowoche', 'heuresparsemaine', 'horassemanales',
    ],
    has: /alloc|percent|fte|capacit|anteil|kapazit|beschaftigungsgrad|pensum|hoursperweek|weeklyhours|wochenstunden/,
  },
};

export function suggestMembershipMapping(headers: readonly string[]): MembershipMapping {
  return suggestMapping(headers.map(numberSign), MEMBERSHIP_FIELDS, SYNONYMS);
}
