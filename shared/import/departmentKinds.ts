import type { DepartmentKind } from '../model';

/** Words in a department's name that mark it as technology (in English and the common European languages). */
const TECHNOLOGY = /\b(it|ict|tech\w*|technolog\w*|engineering|engineers?|develop\w*|software|platforms?|data|analytics|digital|security|cyber\w*|infra\w*|devops|sre|architecture|qa|quality assurance|testing|cloud|network\w*|systems?|informati\w*|entwicklung|technik|sicherheit|informatique|développement|desarrollo|tecnolog\w*|sviluppo|ontwikkeling|utveckling|r&d)\b/i;

/**
 * The kind proposed for a department an import creates: technology when its name says so
 * ("Platform Engineering", "IT-Sicherheit", "Data & Analytics"), business otherwise. The person
 * importing can change it for each department before anything is written.
 */
export function suggestDepartmentKind(name: string): DepartmentKind {
  return TECHNOLOGY.test(name.replace(/[-_/]/g, ' ')) ? 'technology' : 'business';
}

/** A kind written in a file ("Technology", "tech", "Business", "Fachbereich"), or null when it says neither. */
export function parseDepartmentKind(text: string): DepartmentKind | null {
  const key = text.trim().toLowerCase();
  if (/^(tech\w*|it|technolog\w*|technik|technique|tecnolog\w*)$/.test(key)) return 'technology';
  if (/^(business|biz|fachbereich|métier|metier|negocio|negócio|business unit)$/.test(key)) return 'business';
  return null;
}
