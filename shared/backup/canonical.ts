import { BACKUP_TABLES, type BackupTables } from './format';

/** JSON with object keys sorted at every depth (undefined left out, as JSON does): equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/**
 * One record as canonical JSON with `id` first: the same record always gives the same line,
 * however it was stored or parsed (zod and IndexedDB do not keep key order).
 */
export function recordJson(record: { id: string }): string {
  const rest = canonicalJson({ ...record, id: undefined });
  return `{"id":${JSON.stringify(record.id)}${rest === '{}' ? '' : `,${rest.slice(1, -1)}`}}`;
}

/**
 * A workspace as one comparable text: tables in a fixed order, records sorted by id, keys sorted.
 * Two dumps are equal exactly when the two workspaces hold the same records.
 */
export function canonicalDump(workspace: object): string {
  const tables = workspace as Partial<Record<string, readonly { id: string }[]>>;
  const names = [...new Set([...BACKUP_TABLES, ...Object.keys(tables).sort()])];
  return names
    .map((table) => {
      const rows = [...(tables[table] ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return `${table} (${rows.length})\n${rows.map(canonicalJson).join('\n')}`;
    })
    .join('\n');
}

export type { BackupTables };
