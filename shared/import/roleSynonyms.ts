import type { Role } from '../model';
import { compactHeader } from './headerMatch';
import { tidyCell } from './personName';

/** One line of the title → role table: a phrase found in job titles or role names, and the role it means. */
export interface TitleRoleSynonym {
  title: string;
  role: string;
}

/**
 * The default table (editable in Settings): job titles and role names as HR systems and teams
 * write them, in English and the common European languages, mapped onto the built-in roles.
 */
export const DEFAULT_TITLE_ROLE_SYNONYMS: readonly TitleRoleSynonym[] = [
  // The short forms team sheets (and the board's own cards) use; ambiguous ones ("PM": product or project?) are left out.
  { title: 'po', role: 'Product owner' },
  { title: 'dev', role: 'Developer' },
  { title: 'ba', role: 'Business analyst' },
  { title: 'infosec', role: 'Security analyst' },
  ...['product owner', 'product manager', 'produktmanager', 'produktverantwortlicher', 'chef de produit', 'responsable produit'].map((title) => ({ title, role: 'Product owner' })),
  ...[
    'developer', 'software engineer', 'engineer', 'programmer', 'tech lead', 'technical lead', 'lead developer', 'full stack', 'frontend', 'front end', 'backend', 'back end',
    'mobile engineer', 'data engineer', 'devops', 'site reliability', 'sre', 'qa engineer', 'test engineer', 'tester',
    'entwickler', 'softwareentwickler', 'développeur', 'developpeur', 'ingénieur logiciel', 'desarrollador', 'programador', 'sviluppatore', 'ontwikkelaar', 'utvecklare', 'udvikler', 'programista',
  ].map((title) => ({ title, role: 'Developer' })),
  ...['business analyst', 'requirements engineer', 'functional analyst', 'analyste fonctionnel', 'analista funcional', 'analista funzionale', 'fachanalyst'].map((title) => ({ title, role: 'Business analyst' })),
  ...['security analyst', 'security engineer', 'security architect', 'information security', 'cyber security', 'cybersecurity', 'ciso', 'sicherheitsanalyst', 'it-sicherheit', 'analyste sécurité'].map((title) => ({ title, role: 'Security analyst' })),
  ...['project manager', 'scrum master', 'delivery manager', 'agile coach', 'program manager', 'programme manager', 'projektleiter', 'projektmanager', 'chef de projet', 'jefe de proyecto', 'capo progetto', 'projectleider'].map((title) => ({ title, role: 'Project manager' })),
  ...['architect', 'solution architect', 'enterprise architect', 'architekt', 'architecte', 'arquitecto', 'architetto'].map((title) => ({ title, role: 'Architect' })),
  ...['system administrator', 'sysadmin', 'systems administrator', 'infrastructure engineer', 'network engineer', 'administrateur système', 'systemadministrator'].map((title) => ({ title, role: 'System administrator' })),
  ...['designer', 'ux', 'ui designer', 'user researcher', 'product designer', 'gestalter'].map((title) => ({ title, role: 'Designer' })),
  ...['stakeholder', 'business owner', 'business representative', 'subject matter expert', 'key user', 'fachbereich'].map((title) => ({ title, role: 'Business stakeholder' })),
];

/** Words of a text, compacted one by one and joined by single spaces, padded for whole-word search. */
function words(text: string): string {
  return ` ${tidyCell(text).split(/[\s\-_/,;:()]+/).map(compactHeader).filter((w) => w !== '').join(' ')} `;
}

export type RoleRef = Pick<Role, 'id' | 'name' | 'deletedAt'>;

/**
 * The role a title or role name means: a role of that exact name first, else the synonym whose
 * phrase occurs in it as whole words, the longest phrase winning ("Senior Security Engineer" is a
 * security analyst, not a developer). Null when nothing fits.
 */
export function roleForTitle(title: string, synonyms: readonly TitleRoleSynonym[], roles: readonly RoleRef[]): RoleRef | null {
  const alive = roles.filter((r) => r.deletedAt === null);
  const byName = new Map(alive.map((r) => [compactHeader(r.name), r]));
  const exact = byName.get(compactHeader(title));
  if (exact) return exact;
  const haystack = words(title);
  if (haystack.trim() === '') return null;
  let best: { role: RoleRef; length: number } | null = null;
  for (const synonym of synonyms) {
    const phrase = words(synonym.title);
    if (phrase.trim() === '' || !haystack.includes(phrase)) continue;
    const role = byName.get(compactHeader(synonym.role));
    if (role && (!best || phrase.length > best.length)) best = { role, length: phrase.length };
  }
  return best?.role ?? null;
}

/** The table as Settings stores it, or the default when Settings has none. */
export function titleRoleSynonyms(settings: { titleRoleSynonyms?: readonly TitleRoleSynonym[] | undefined }): readonly TitleRoleSynonym[] {
  return settings.titleRoleSynonyms ?? DEFAULT_TITLE_ROLE_SYNONYMS;
}

/** One synonym per line, "title = role", for the Settings text box. */
export function formatSynonyms(synonyms: readonly TitleRoleSynonym[]): string {
  return synonyms.map((s) => `${s.title} = ${s.role}`).join('\n');
}

/** Reads the Settings text box back; each problem names its line and text. */
export function parseSynonyms(text: string): { synonyms: TitleRoleSynonym[]; problems: string[] } {
  const synonyms: TitleRoleSynonym[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const at = line.indexOf('=');
    const title = tidyCell(at < 0 ? '' : line.slice(0, at));
    const role = tidyCell(at < 0 ? '' : line.slice(at + 1));
    if (at < 0 || title === '' || role === '') problems.push(`Line ${index + 1} (“${line}”) needs a title and a role: write it as “Scrum master = Project manager”.`);
    else synonyms.push({ title, role });
  });
  return { synonyms, problems };
}
