import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const chartsDir = fileURLToPath(new URL('../../../shared/charts/', import.meta.url));
const sources = readdirSync(chartsDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [file, readFileSync(chartsDir + file, 'utf8')] as const);

describe('shared/charts stays pure layout', () => {
  it.each(sources)('%s imports only zod, d3-hierarchy, the model, the rules, bidi isolation and other chart modules', (_file, source) => {
    const imported = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    for (const specifier of imported) expect(specifier).toMatch(/^(zod|d3-hierarchy|\.\.\/model(\/.*)?|\.\.\/rules(\/.*)?|\.\.\/bidi|\.\/[\w.]+)$/);
  });

  it.each(sources)('%s never reads the clock or measures with a browser', (_file, source) => {
    expect(source).not.toMatch(/Date\.now\s*\(|new Date\s*\(\s*\)|performance\.|document\.|\.measureText\(/);
  });
});
