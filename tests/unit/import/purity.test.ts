import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const importDir = fileURLToPath(new URL('../../../shared/import/', import.meta.url));
const sources = readdirSync(importDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [file, readFileSync(importDir + file, 'utf8')] as const);

describe('shared/import stays pure', () => {
  it('has import files to check', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources)('%s imports only zod, the model and its own files', (_file, source) => {
    const imported = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    for (const specifier of imported) expect(specifier).toMatch(/^(zod|\.\.\/model(\/.*)?|\.\/[\w.]+)$/);
  });

  it.each(sources)('%s never reads the clock', (_file, source) => {
    expect(source).not.toMatch(/Date\.now\s*\(|new Date\s*\(\s*\)|performance\.now/);
  });
});
