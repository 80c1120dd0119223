/**
 * A faster path for validating many records with the shared zod schemas (imports of tens of
 * thousands of records): the schema is compiled once into a plain predicate that says "zod would
 * accept this value and return it unchanged". The predicate runs zod's own checks (lengths,
 * formats, ranges, refinements, trimming) on each field, and replicates only the type tests of
 * the few schema kinds records are built from; it skips zod's per-field result objects and the
 * copy of every record. Anything the predicate does not accept for certain (an invalid value, a
 * value zod would change such as untrimmed text, a schema kind it does not know) goes through
 * zod itself, so errors and results are exactly zod's.
 */
import type { z } from 'zod';
import { parseOrThrow } from './validation';

type Predicate = (value: unknown) => boolean;

interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface SchemaInternals {
  _zod: {
    def: {
      type: string;
      coerce?: boolean;
      checks?: Check[];
      innerType?: SchemaInternals;
      element?: SchemaInternals;
      shape?: Record<string, SchemaInternals>;
      catchall?: SchemaInternals;
    };
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: string;
    optout?: string;
    check?: Check['_zod']['check'];
  };
}

const compiled = new WeakMap<object, Predicate | null>();

/** The schema's checks as zod runs them: the schema itself first when it is a check (string formats, refinements). */
function checksOf(schema: SchemaInternals): Check[] {
  const checks = [...(schema._zod.def.checks ?? [])];
  if (schema._zod.traits.has('$ZodCheck')) checks.unshift(schema as unknown as Check);
  return checks;
}

/** True when every check passes without changing the value (a trim that would remove spaces counts as a change). */
function runsClean(checks: readonly Check[]): Predicate | null {
  if (checks.length === 0) return () => true;
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    if (payload.issues.length > 0) payload.issues.length = 0;
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise) return false;
      if (payload.issues.length > 0) return false;
    }
    return payload.value === value;
  };
}

function compileObject(schema: SchemaInternals, ownChecks: Predicate): Predicate | null {
  const { shape, catchall } = schema._zod.def;
  // A strict object (catchall never) refuses unknown keys; a stripping one would drop them: either way, not "unchanged".
  if (!shape || (catchall && catchall._zod.def.type !== 'never')) return null;
  const fields: [string, Predicate, boolean][] = [];
  for (const [key, field] of Object.entries(shape)) {
    const predicate = compile(field);
    if (!predicate) return null;
    fields.push([key, predicate, field._zod.optout === 'optional']);
  }
  const keys = fields.map(([key]) => key);
  const predicates = fields.map(([, predicate]) => predicate);
  const optionals = fields.map(([, , optional]) => optional);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = record[key];
      if (field === undefined && !Object.hasOwn(record, key)) {
        if (optionals[i]) continue;
        return false;
      }
      present++;
      if (!predicates[i]!(field)) return false;
    }
    // Every own key is one of the shape's (an inherited field would not count among the own keys).
    return Object.keys(record).length === present && ownChecks(value);
  };
}

function compile(schema: SchemaInternals): Predicate | null {
  if (compiled.has(schema)) return compiled.get(schema)!;
  const def = schema._zod.def;
  const checks = runsClean(checksOf(schema));
  let predicate: Predicate | null = null;
  if (checks && !def.coerce) {
    switch (def.type) {
      case 'string':
        predicate = (value) => typeof value === 'string' && checks(value);
        break;
      case 'number':
        predicate = (value) => typeof value === 'number' && Number.isFinite(value) && checks(value);
        break;
      case 'boolean':
        predicate = (value) => typeof value === 'boolean' && checks(value);
        break;
      case 'enum': {
        const values = schema._zod.values;
        if (values) predicate = (value) => values.has(value) && checks(value);
        break;
      }
      case 'nullable': {
        const inner = def.innerType && compile(def.innerType);
        if (inner) predicate = (value) => (value === null || inner(value)) && checks(value);
        break;
      }
      case 'optional': {
        // An inner default would replace undefined: only plain optionals pass undefined through unchanged.
        const inner = def.innerType && def.innerType._zod.optin !== 'defaulted' ? compile(def.innerType) : null;
        if (inner) predicate = (value) => (value === undefined || inner(value)) && checks(value);
        break;
      }
      case 'array': {
        const element = def.element && compile(def.element);
        if (element) predicate = (value) => Array.isArray(value) && value.every((item) => element(item)) && checks(value);
        break;
      }
      case 'object':
        predicate = compileObject(schema, checks);
        break;
    }
  }
  compiled.set(schema, predicate);
  return predicate;
}

/** The compiled predicate of a schema, or null when it has a kind only zod itself can check (then parseQuickly uses zod). */
export function quickCheckOf(schema: z.ZodType): Predicate | null {
  return compile(schema as unknown as SchemaInternals);
}

/**
 * parseOrThrow with the compiled predicate in front: a value the predicate accepts is returned
 * as it is (zod would return an equal copy); any other goes through zod, which returns its
 * result or throws its messages.
 */
export function parseQuickly<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const quick = quickCheckOf(schema);
  if (quick && quick(value)) return value as z.output<S>;
  return parseOrThrow(schema, value, prefix);
}
