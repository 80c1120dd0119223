import { ESLint } from 'eslint';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('layer boundaries (ARCHITECTURE.md, enforced by lint)', () => {
  it.each([
    ["import { useState } from 'react';", 'React'],
    ["import Dexie from 'dexie';", 'Dexie'],
    ["import { app } from 'electron';", 'Electron'],
    ["import { readFileSync } from 'node:fs';", 'Node'],
    ["import { getAppDb } from '../renderer/db';", 'renderer'],
  ])('refuses %s in shared/ (%s)', async (code) => {
    expect(await importErrors('shared/rules/example.ts', code)).not.toEqual([]);
  });

  it('refuses DOM globals in shared/', async () => {
    expect(await importErrors('shared/rules/example.ts', 'export const w = window.innerWidth;')).not.toEqual([]);
  });

  it('allows zod and date-fns in shared/', async () => {
    expect(await importErrors('shared/rules/example.ts', "import { z } from 'zod';\nimport { addDays } from 'date-fns';\nexport { z, addDays };")).toEqual([]);
  });

  it('refuses Dexie and Electron in a feature, and another feature’s internals', async () => {
    expect(await importErrors('renderer/features/teams/Example.tsx', "import { useLiveQuery } from 'dexie-react-hooks';")).not.toEqual([]);
    expect(await importErrors('renderer/features/teams/Example.tsx', "import { ipcRenderer } from 'electron';")).not.toEqual([]);
    expect(await importErrors('renderer/features/teams/Example.tsx', "import { PeoplePage } from '../people/PeoplePage';")).not.toEqual([]);
    expect(await importErrors('renderer/features/teams/Example.tsx', "import { useTeams } from '../../db';")).toEqual([]);
  });

  it('lets features use the import reader, which itself touches neither Dexie, screens nor features', async () => {
    expect(await importErrors('renderer/features/people/Example.tsx', "import { readTable } from '../../import';")).toEqual([]);
    expect(await importErrors('renderer/ui/import/Example.tsx', "import type { ReadTable } from '../../import';")).toEqual([]);
    expect(await importErrors('renderer/import/example.ts', "import Dexie from 'dexie';")).not.toEqual([]);
    expect(await importErrors('renderer/import/example.ts', "import { getAppDb } from '../db';")).not.toEqual([]);
    expect(await importErrors('renderer/import/example.ts', "import { PeoplePage } from '../features/people/PeoplePage';")).not.toEqual([]);
    expect(await importErrors('renderer/import/example.ts', "import { openBinaryFile } from '../platform';")).toEqual([]);
  });

  it('refuses renderer code in electron/', async () => {
    expect(await importErrors('electron/example.ts', "import { getAppDb } from '../renderer/db';")).not.toEqual([]);
  });

  it('finds no import of React, Dexie, the DOM or Electron anywhere in shared/ today', () => {
    const forbidden = /from ['"](react|react-dom|dexie|dexie-react-hooks|electron|zustand|node:[a-z]+|fs|path)['"]/;
    const offenders = sourceFiles(join(root, 'shared')).filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
