/**
 * Generates the corpus of malformed backup files: each one a way a file could be damaged,
 * hand-edited, from another program or hostile. Every entry says which problem the rejection
 * must name. Built from one valid backup (richTables) so each file has exactly one thing wrong.
 */
import { BACKUP_TABLES, JSON_BACKUP_FORMAT_VERSION, type BackupTableName } from '../../../shared/backup';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { backupOf, backupText, richTables } from './backupFixture';

export interface MalformedBackup {
  name: string;
  text: string;
  /** The rejection's problems, joined, must match this. */
  expect: RegExp;
  /** A smaller size cap for this file (to test the cap without 50 MiB strings). */
  maxBytes?: number;
}

type Json = Record<string, unknown>;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function validFile(): Json {
  return JSON.parse(JSON.stringify(backupOf(richTables()))) as Json;
}

function edit(change: (file: Json & { tables: Record<BackupTableName, Json[]>; app: Json }) => void): string {
  const file = validFile() as Json & { tables: Record<BackupTableName, Json[]>; app: Json };
  change(file);
  return JSON.stringify(file);
}

/** A value of the wrong type for whatever `value` is. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return { unexpected: true };
  if (Array.isArray(value)) return 'not a list';
  return ['not', 'an', 'object'];
}

/** Sets an own enumerable key (JSON.stringify writes it), even "__proto__". */
function plant(target: Json, key: string): void {
  Object.defineProperty(target, key, { value: { polluted: 'yes' }, enumerable: true, configurable: true, writable: true });
}

function truncated(): MalformedBackup[] {
  const text = backupText();
  const cuts = 40;
  return Array.from({ length: cuts }, (_, i) => {
    const at = Math.floor(((text.length - 2) * i) / cuts);
    return { name: `truncated at byte ${at}`, text: text.slice(0, at), expect: /not valid JSON|The file is empty/ };
  });
}

function notABackup(): MalformedBackup[] {
  const cases: [string, string, RegExp][] = [
    ['empty file', '', /The file is empty/],
    ['only spaces', '   \n\t', /The file is empty/],
    ['only a byte-order mark', '\uFEFF', /The file is empty/],
    ['null', 'null', /holds null/],
    ['true', 'true', /holds a boolean/],
    ['a number', '42', /holds a number/],
    ['a string', '"backup"', /holds text/],
    ['an empty list', '[]', /holds a list/],
    ['a list of backups', `[${backupText()}]`, /holds a list/],
    ['an empty object', '{}', /not a Teamshape backup/],
    ['another program’s JSON', '{"name":"my-app","version":"1.0.0","dependencies":{}}', /not a Teamshape backup/],
    ['single quotes', "{'formatVersion':1}", /not valid JSON/],
    ['trailing comma', backupText().replace(/\n}}\n$/, ',\n}}'), /not valid JSON/],
    ['a comment', `// my backup\n${backupText()}`, /not valid JSON/],
    ['NaN', '{"formatVersion":NaN}', /not valid JSON/],
    ['XML', '<?xml version="1.0"?><backup/>', /not valid JSON/],
    ['CSV', 'Name,Email\nAna,ana@example.com\n', /not valid JSON/],
    ['two backups back to back', `${backupText()}${backupText()}`, /not valid JSON/],
    ['deeply nested lists', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, /holds a list|nested/],
    ['deeply nested objects', `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`, /nested more than 64 levels/],
  ];
  return cases.map(([name, text, expect]) => ({ name, text, expect }));
}

function formatVersions(): MalformedBackup[] {
  // Written as JSON text, so values JSON.stringify cannot produce (1e400) arrive as they would in a file.
  const versions: [string, RegExp][] = [
    ['5', /newer Teamshape \(format 5\)/],
    ['99', /newer Teamshape \(format 99\)/],
    ['-1', /formatVersion: must be a whole number/],
    ['1.5', /formatVersion: must be a whole number/],
    ['"1"', /formatVersion: must be a whole number/],
    ['null', /formatVersion: must be a whole number/],
    ['true', /formatVersion: must be a whole number/],
    ['[1]', /formatVersion: must be a whole number/],
    ['{"major":1}', /formatVersion: must be a whole number/],
    ['1e400', /formatVersion: must be a whole number/],
  ];
  const cases = versions.map(([version, expect]) => ({
    name: `formatVersion ${version}`,
    text: backupText().replace(`"formatVersion":${JSON_BACKUP_FORMAT_VERSION},`, `"formatVersion":${version},`),
    expect,
  }));
  cases.push({ name: 'formatVersion missing', text: edit((f) => delete f.formatVersion), expect: /^formatVersion: required/ });
  cases.push({ name: 'format 0 with an unknown table', text: JSON.stringify({ teams: [], budgets: [] }), expect: /format 0 file: unknown field budgets/ });
  return cases;
}

function envelope(): MalformedBackup[] {
  const cases: MalformedBackup[] = [
    { name: 'format of another program', text: edit((f) => (f.format = 'excel-backup')), expect: /^format: must be "teamshape-backup"/ },
    { name: 'format missing', text: edit((f) => delete f.format), expect: /^format: required/ },
    { name: 'app missing', text: edit((f) => delete (f as Json).app), expect: /^app: required/ },
    { name: 'app of another program', text: edit((f) => (f.app.name = 'Notion')), expect: /^app\.name: must be "Teamshape"/ },
    { name: 'app version empty', text: edit((f) => (f.app.version = '')), expect: /^app\.version: required/ },
    { name: 'export date missing', text: edit((f) => delete f.exportedAt), expect: /^exportedAt: required/ },
    { name: 'export date not a timestamp', text: edit((f) => (f.exportedAt = 'yesterday')), expect: /^exportedAt: must be an ISO 8601/ },
    { name: 'export date with an offset', text: edit((f) => (f.exportedAt = '2026-11-16T10:00:00+01:00')), expect: /^exportedAt: must be an ISO 8601/ },
    { name: 'tables missing', text: edit((f) => delete (f as Json).tables), expect: /^tables: required/ },
    { name: 'tables a list', text: edit((f) => ((f as Json).tables = [])), expect: /^tables: / },
    { name: 'unknown top-level field', text: edit((f) => (f.comment = 'hi')), expect: /^unknown field comment/ },
    { name: 'unknown field in app', text: edit((f) => (f.app.build = 7)), expect: /^app: unknown field build/ },
    { name: 'unknown table', text: edit((f) => ((f.tables as Json).invoices = [])), expect: /^tables: unknown field invoices/ },
    { name: 'two settings rows', text: edit((f) => f.tables.settings.push({ ...f.tables.settings[0]! })), expect: /^settings: a workspace has one settings row/ },
  ];
  for (const table of BACKUP_TABLES) {
    cases.push({ name: `${table} missing`, text: edit((f) => delete (f.tables as Json)[table]), expect: new RegExp(`^${table}: required`) });
    cases.push({ name: `${table} not a list`, text: edit((f) => ((f.tables as Json)[table] = { 0: {} })), expect: new RegExp(`^${table}: must be a list of records`) });
  }
  return cases;
}

const OPTIONAL_FIELDS = new Set(['mergedIntoId', 'employeeId', 'effectiveFrom', 'effectiveTo', 'derivedFromTeamIds', 'ownerTeamId', 'correctsId', 'type', 'groupId']);

function perField(): MalformedBackup[] {
  const cases: MalformedBackup[] = [];
  const tables = richTables();
  for (const table of BACKUP_TABLES) {
    const index = tables[table].length - 1;
    const record = tables[table][index] as unknown as Json;
    for (const field of Object.keys(record)) {
      const path = escape(`${table}[${index}].${field}`);
      cases.push({
        name: `${table}[${index}].${field} of the wrong type`,
        text: edit((f) => (f.tables[table][index]![field] = wrongType(record[field]))),
        expect: new RegExp(`^${path}(\\.|:)`),
      });
      // Fields format 2 added are optional (absent in every format-1 record): leaving them out is fine.
      if (!OPTIONAL_FIELDS.has(field)) {
        cases.push({
          name: `${table}[${index}].${field} missing`,
          text: edit((f) => delete f.tables[table][index]![field]),
          expect: new RegExp(`^${path}: required`),
        });
      }
    }
    cases.push({
      name: `${table}[${index}] with an unknown field`,
      text: edit((f) => (f.tables[table][index]!.secret = 'x')),
      expect: new RegExp(`^${escape(`${table}[${index}]`)}: unknown field secret`),
    });
    cases.push({ name: `${table}[${index}] not an object`, text: edit((f) => ((f.tables[table] as unknown[])[index] = 'row')), expect: new RegExp(`^${escape(`${table}[${index}]`)}: `) });
  }
  return cases;
}

function values(): MalformedBackup[] {
  const at = (table: BackupTableName, field: string, value: unknown, expect: RegExp, index = 0): MalformedBackup => ({
    name: `${table}[${index}].${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
    text: edit((f) => (f.tables[table][index]![field] = value)),
    expect,
  });
  return [
    at('teams', 'id', '', /^teams\[0\]\.id: an id is required/),
    at('teams', 'id', 'x'.repeat(121), /^teams\[0\]\.id: an id is at most 120 characters/),
    at('teams', 'name', 'x'.repeat(81), /^teams\[0\]\.name: Team name must be at most 80 characters/),
    at('people', 'email', 'not-an-email', /^people\[0\]\.email: email is not valid/),
    at('memberships', 'allocation', 0, /^memberships\[0\]\.allocation: allocation must be at least 1%/),
    at('memberships', 'allocation', 50.5, /^memberships\[0\]\.allocation: allocation must be a whole percentage/),
    at('checkIns', 'confidence', 11, /^checkIns\[0\]\.confidence: confidence must be at most 10/),
    at('checkIns', 'date', '16/11/2026', /^checkIns\[0\]\.date: must be a date in the form YYYY-MM-DD/),
    { name: 'a check-in value too large for a number (1e400)', text: backupText().replace('"value":12}', '"value":1e400}'), expect: /^checkIns\[\d+\]\.value: /, },
    at('teams', 'createdAt', '2026-11-16', /^teams\[0\]\.createdAt: must be an ISO 8601/),
    at('teams', 'deletedAt', 'never', /^teams\[0\]\.deletedAt: must be an ISO 8601/),
    at('objectives', 'ownerTeamIds', [], /^objectives\[0\]\.ownerTeamIds: an objective needs at least one owner team/),
    at('roles', 'maxPerTeam', 0, /^roles\[0\]\.maxPerTeam: maximum per team must be at least 1/),
    at('keyResults', 'metric', 'double', /^keyResults\[0\]\.metric: metric must be one of/),
    at('departments', 'kind', 'marketing', /^departments\[0\]\.kind: department kind must be/),
    at('settings', 'id', 'preferences', /^settings\[0\]\.id: /),
    at('settings', 'staleAfterDays', 0, /^settings\[0\]\.staleAfterDays: stale after must be at least 1 day/),
    at('settings', 'sizeLimits', { warnAbove: 8, failAbove: 5, warnBelow: 3 }, /^settings\[0\]\.sizeLimits\.failAbove: the fail limit must not be below the warn limit/),
    at('periods', 'end', '2026-12-31', /^periods\[0\]\.end: the period must end on or after its start date/),
    at('objectives', 'score', { value: 1.5, reason: '' }, /^objectives\[0\]\.score\.value: a score is at most 1\.0/),
  ];
}

function duplicates(): MalformedBackup[] {
  return BACKUP_TABLES.filter((t) => t !== 'settings').map((table) => ({
    name: `duplicate id in ${table}`,
    text: edit((f) => f.tables[table].push({ ...f.tables[table][0]! })),
    expect: new RegExp(`^${table}\\[\\d+\\]\\.id: duplicate id ".+", already used by ${table}\\[0\\]`),
  }));
}

function danglingReferences(): MalformedBackup[] {
  const refs: [BackupTableName, string, string, (record: Json) => void][] = [
    ['people', 'departmentId', 'department', (r) => (r.departmentId = 'nowhere')],
    ['plans', 'basedOnPlanId', 'plan', (r) => (r.basedOnPlanId = 'nowhere')],
    ['teams', 'planId', 'plan', (r) => (r.planId = 'nowhere')],
    ['teams', 'championId', 'person', (r) => (r.championId = 'nowhere')],
    ['memberships', 'planId', 'plan', (r) => (r.planId = 'nowhere')],
    ['memberships', 'teamId', 'team', (r) => (r.teamId = 'nowhere')],
    ['memberships', 'personId', 'person', (r) => (r.personId = 'nowhere')],
    ['memberships', 'roleId', 'role', (r) => (r.roleId = 'nowhere')],
    ['objectives', 'periodId', 'period', (r) => (r.periodId = 'nowhere')],
    ['objectives', 'ownerTeamIds[0]', 'team', (r) => (r.ownerTeamIds = ['nowhere'])],
    ['objectives', 'parentId', 'objective', (r) => (r.parentId = 'nowhere')],
    ['keyResults', 'objectiveId', 'objective', (r) => (r.objectiveId = 'nowhere')],
    ['keyResults', 'ownerId', 'person', (r) => (r.ownerId = 'nowhere')],
    ['keyResults', 'contributingTeamIds[0]', 'team', (r) => (r.contributingTeamIds = ['nowhere'])],
    ['checkIns', 'keyResultId', 'key result', (r) => (r.keyResultId = 'nowhere')],
    ['checkIns', 'authorId', 'person', (r) => (r.authorId = 'nowhere')],
    ['checkIns', 'correctsId', 'check-in', (r) => (r.correctsId = 'nowhere')],
    ['keyResults', 'ownerTeamId', 'team', (r) => ((r.ownerId = null), (r.ownerTeamId = 'nowhere'))],
    ['teams', 'derivedFromTeamIds[0]', 'team', (r) => (r.derivedFromTeamIds = ['nowhere'])],
  ];
  const cases = refs.map(([table, field, noun, change]) => ({
    name: `${table} pointing at a missing ${noun} (${field})`,
    text: edit((f) => change(f.tables[table][0]!)),
    expect: new RegExp(`^${escape(`${table}[0].${field}`)}: ${noun} "nowhere" is not in the backup`),
  }));
  cases.push({
    name: 'a membership of a team that was left out of the file',
    text: edit((f) => {
      const teamId = f.tables.memberships[0]!.teamId;
      f.tables.teams = f.tables.teams.filter((t) => t.id !== teamId);
      // Only the membership's reference is under test here (interactions have their own cases).
      f.tables.interactions = f.tables.interactions.filter((x) => x.providerTeamId !== teamId && x.consumerTeamId !== teamId);
      f.tables.dependencies = f.tables.dependencies.filter((d) => d.dependentTeamId !== teamId && d.dependsOnTeamId !== teamId);
    }),
    expect: /^memberships\[\d+\]\.teamId: team ".+" is not in the backup/,
  });
  cases.push({
    name: 'an unknown quarter id',
    text: edit((f) => (f.tables.objectives[0]!.periodId = 'period:2026-Q5')),
    expect: /^objectives\[0\]\.periodId: period "period:2026-Q5" is not in the backup/,
  });
  return cases;
}

/** States the app never produces (issue 14, defect 6): a live record of a deleted one, a deleted built-in. */
function deadParents(): MalformedBackup[] {
  type File = Json & { tables: Record<BackupTableName, Json[]> };
  const kill = (row: Json | undefined) => {
    row!.deletedAt = row!.updatedAt;
  };
  const byId = (f: File, table: BackupTableName, id: unknown) => f.tables[table].find((r) => r.id === id);
  const cases: [string, (f: File) => void, RegExp][] = [
    ['a live membership of a deleted team', (f) => kill(byId(f, 'teams', f.tables.memberships[0]!.teamId)),
      /^memberships\[0\]\.teamId: team ".+" \(teams\[\d+\]\) is deleted, but this membership is not; a team's memberships are deleted with it/],
    ['a live membership of a deleted person ("Unknown person")', (f) => kill(byId(f, 'people', f.tables.memberships[0]!.personId)),
      /^memberships\[0\]\.personId: person ".+" \(people\[\d+\]\) is deleted, but this membership is not; a person's memberships are deleted with them/],
    ['a live membership of a deleted custom role', (f) => {
      f.tables.roles.push({ ...f.tables.roles[0]!, id: 'role-coach', name: 'Coach', deletedAt: f.tables.roles[0]!.updatedAt });
      f.tables.memberships[0]!.roleId = 'role-coach';
    }, /^memberships\[0\]\.roleId: role "role-coach" \(roles\[\d+\]\) is deleted, but this membership is not/],
    ['a team and membership of a deleted draft plan', (f) => kill(byId(f, 'plans', 'plan-draft')),
      /teams\[\d+\]\.planId: plan "plan-draft" \(plans\[1\]\) is deleted, but this team is not; a plan's teams are deleted with it/],
    ['a membership of a deleted plan', (f) => kill(byId(f, 'plans', 'plan-draft')), /memberships\[\d+\]\.planId: plan "plan-draft" \(plans\[1\]\) is deleted, but this membership is not/],
    ['a deleted champion', (f) => (f.tables.teams[0]!.championId = 'person-gone'),
      /^teams\[0\]\.championId: person "person-gone" \(people\[\d+\]\) is deleted, but is still this team's champion; .*set championId to null/],
    ['an objective aligned to a deleted objective', (f) => kill(byId(f, 'objectives', f.tables.objectives[1]!.parentId)),
      /objectives\[1\]\.parentId: objective ".+" \(objectives\[0\]\) is deleted, but this objective still contributes to it; .*set parentId to null/],
    ['an objective in a deleted custom period', (f) => kill(byId(f, 'periods', 'period-fy27')),
      /^objectives\[\d+\]\.periodId: period "period-fy27" \(periods\[0\]\) is deleted, but this objective is not/],
    ['a live key result of a deleted objective', (f) => kill(byId(f, 'objectives', 'objective-fy27')),
      /^keyResults\[\d+\]\.objectiveId: objective "objective-fy27" \(objectives\[\d+\]\) is deleted, but this key result is not; an objective's key results are deleted with it/],
    ['a live check-in of a deleted key result', (f) => kill(byId(f, 'keyResults', 'kr-fy27')),
      /^checkIns\[\d+\]\.keyResultId: key result "kr-fy27" \(keyResults\[\d+\]\) is deleted, but this check-in is not; a key result's check-ins are deleted with it/],
    ['the live plan deleted (then "New team" fails)', (f) => kill(byId(f, 'plans', LIVE_PLAN_ID)),
      /^plans\[0\]\.deletedAt: the live plan "plan:live" is deleted; the live organisation is never deleted: set deletedAt to null/],
    ['a built-in role deleted', (f) => kill(byId(f, 'roles', ROLE_IDS.architect)),
      /^roles\[\d+\]\.deletedAt: built-in role "role:architect" \("Architect"\) is deleted; built-in roles are never deleted/],
    ['the settings row deleted', (f) => kill(f.tables.settings[0]), /^settings\[0\]\.deletedAt: the settings row is deleted; settings are never deleted/],
  ];
  return cases.map(([name, change, expect]) => ({ name, text: edit((f) => change(f)), expect }));
}

/** Ids that differ only by spaces are one id once trimmed (issue 14, defect 7): refused, never a ConstraintError. */
function idsDifferingBySpaces(): MalformedBackup[] {
  const pads: [string, (id: string) => string][] = [['a leading space', (id) => ` ${id}`], ['a trailing tab', (id) => `${id}\t`], ['a trailing newline', (id) => `${id}\n`]];
  return BACKUP_TABLES.filter((t) => t !== 'settings').flatMap((table, i) => {
    const [how, pad] = pads[i % pads.length]!;
    return [{
      name: `an id in ${table} that differs from another only by ${how}`,
      text: edit((f) => f.tables[table].push({ ...f.tables[table][0]!, id: pad(f.tables[table][0]!.id as string) })),
      expect: new RegExp(`^${table}\\[\\d+\\]\\.id: duplicate id ".+", already used by ${table}\\[0\\] as ".+" \\(spaces around an id do not count\\)`),
    }];
  });
}

function prototypePollution(): MalformedBackup[] {
  const places: [string, (file: Json & { tables: Record<BackupTableName, Json[]>; app: Json }) => Json, string][] = [
    ['the top level', (f) => f, ''],
    ['app', (f) => f.app, 'app: '],
    ['tables', (f) => f.tables as unknown as Json, 'tables: '],
    ['settings.sizeLimits', (f) => f.tables.settings[0]!.sizeLimits as Json, 'settings\\[0\\]\\.sizeLimits: '],
    ['settings.statusThresholds', (f) => f.tables.settings[0]!.statusThresholds as Json, 'settings\\[0\\]\\.statusThresholds: '],
    ['an objective score', (f) => f.tables.objectives.find((o) => o.score !== null)!.score as Json, 'objectives\\[\\d+\\]\\.score: '],
    ['a value nested in the payload', (f) => { const inner: Json = {}; f.tables.teams[0]!.mission = { deeper: inner } as unknown as string; return inner; }, 'teams\\[0\\]\\.mission\\.deeper: '],
    ['an element of a list', (f) => { const element: Json = {}; (f.tables.objectives[0]!.ownerTeamIds as unknown[]).push(element); return element; }, 'objectives\\[0\\]\\.ownerTeamIds\\[\\d+\\]: '],
  ];
  for (const table of BACKUP_TABLES) places.push([`a record of ${table}`, (f) => f.tables[table][0]!, `${table}\\[0\\]: `]);
  const cases: MalformedBackup[] = [];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    for (const [where, target, path] of places) {
      cases.push({
        name: `"${key}" key in ${where}`,
        text: edit((f) => plant(target(f), key)),
        expect: new RegExp(`^${path}forbidden key "${key}"`),
      });
    }
  }
  // Written as text too, the way a hostile file would arrive.
  cases.push({ name: '__proto__ written by hand', text: backupText().replace('{"format"', '{"__proto__":{"polluted":"yes"},"format"'), expect: /forbidden key "__proto__"/ });
  cases.push({ name: '__proto__ escaped as unicode', text: backupText().replace('{"format"', '{"\\u005f_proto__":{"polluted":"yes"},"format"'), expect: /forbidden key "__proto__"/ });
  cases.push({ name: 'constructor.prototype chain', text: backupText().replace('{"format"', '{"constructor":{"prototype":{"polluted":"yes"}},"format"'), expect: /forbidden key "constructor"/ });
  return cases;
}

function oversized(): MalformedBackup[] {
  const text = backupText();
  return [
    { name: 'one byte over a small cap', text, maxBytes: text.length - 1, expect: /The file is too large/ },
    { name: 'over the cap only when counted as UTF-8', text: text.replace('Zoë', 'Zoëëëë'), maxBytes: text.length + 2, expect: /The file is too large/ },
    { name: 'padded with spaces past the cap', text: `${text}${' '.repeat(1000)}`, maxBytes: text.length + 999, expect: /The file is too large/ },
  ];
}

export function malformedCorpus(): MalformedBackup[] {
  return [
    ...truncated(),
    ...notABackup(),
    ...formatVersions(),
    ...envelope(),
    ...perField(),
    ...values(),
    ...duplicates(),
    ...danglingReferences(),
    ...deadParents(),
    ...idsDifferingBySpaces(),
    ...prototypePollution(),
    ...oversized(),
  ];
}
