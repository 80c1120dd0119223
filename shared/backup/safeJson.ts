import { utf8ByteLength } from '../security/payloadSize';

/** Keys that could reach an object's prototype if the data were ever merged into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A backup is at most a few levels deep (file → tables → records → score); this is generous. */
export const MAX_JSON_DEPTH = 64;

const MAX_REPORTED = 20;

export type UntrustedJson = { ok: true; value: unknown } | { ok: false; problems: string[] };

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function sizes(limit: number, actual: number): [string, string] {
  const [a, b] = [mib(limit), mib(actual)];
  return a === b ? [`${limit} bytes`, `${actual} bytes`] : [a, b];
}

/** "teams[3].name": the path of a value inside the file, without the envelope's `tables.`. */
export function formatJsonPath(path: readonly (string | number)[]): string {
  const shown = path[0] === 'tables' && path.length > 1 ? path.slice(1) : path;
  return shown.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
}

/**
 * Walks the parsed value without recursion (a hostile file cannot overflow the stack) and names
 * every forbidden key, wherever it is, and any nesting deeper than MAX_JSON_DEPTH.
 */
export function unsafeKeyProblems(value: unknown): string[] {
  const problems: string[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const { value: item, path } = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (path.length > MAX_JSON_DEPTH) {
      problems.push(`${formatJsonPath(path) || 'the file'}: nested more than ${MAX_JSON_DEPTH} levels deep, which no backup is`);
      continue;
    }
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push({ value: item[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(item);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        const where = formatJsonPath(path);
        problems.push(`${where ? `${where}: ` : ''}forbidden key "${key}" (it could change how objects behave; no backup contains it)`);
      }
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!FORBIDDEN_KEYS.has(key)) stack.push({ value: (item as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}

/**
 * Parses text from outside (a file the user picked) with every check that must come before any
 * other code looks at it: size cap on the raw text, well-formed JSON, no prototype keys.
 */
export function parseUntrustedJson(raw: string, maxBytes: number): UntrustedJson {
  if (raw.length > maxBytes || utf8ByteLength(raw, maxBytes) > maxBytes) {
    const [limit, actual] = sizes(maxBytes, utf8ByteLength(raw));
    return { ok: false, problems: [`The file is too large: a backup may be at most ${limit}, this one is ${actual}.`] };
  }
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, problems: ['The file is empty.'] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) {
      return { ok: false, problems: [`The file is not valid JSON; it may be cut off or damaged (${error.message}).`] };
    }
    return { ok: false, problems: ['The file is nested too deeply to be a backup.'] };
  }
  const problems = unsafeKeyProblems(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
