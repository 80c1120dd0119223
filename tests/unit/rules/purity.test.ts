import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rulesDir = fileURLToPath(new URL('../../../shared/rules/', import.meta.url));
const sources = readdirSync(rulesDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [file, readFileSync(rulesDir + file, 'utf8')] as const);

describe('shared/rules stays pure', () => {
  it('has rule files to check', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources)('%s imports only zod, date-fns, the model, bidi isolation and other rules', (_file, source) => {
    const imported = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    for (const specifier of imported) {
      expect(specifier).toMatch(/^(zod|date-fns(\/.*)?|\.\.\/model(\/.*)?|\.\.\/bidi|\.\/[\w.]+)$/);
    }
  });

  it.each(sources)('%s never reads the clock', (_file, source) => {
    expect(source).not.toMatch(/Date\.now\s*\(|new Date\s*\(\s*\)|performance\.now/);
  });
});
