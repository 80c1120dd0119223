import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** Team and member names of the live plan, read straight from IndexedDB (not from the chart under test). */
export async function planNames(page: Page): Promise<{ teams: string[]; members: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('teamshape');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Row = { id: string; name: string; planId: string; teamId: string; personId: string; deletedAt: string | null };
    const teams = (await all<Row>('teams')).filter((t) => t.deletedAt === null && t.planId === 'plan:live');
    const ids = new Set(teams.map((t) => t.id));
    const memberships = (await all<Row>('memberships')).filter((m) => m.deletedAt === null && ids.has(m.teamId));
    const people = new Map((await all<Row>('people')).map((p) => [p.id, p.name]));
    db.close();
    return { teams: teams.map((t) => t.name), members: [...new Set(memberships.map((m) => people.get(m.personId)!))] };
  });
}

export interface PdfFacts {
  pages: number;
  /** e.g. "841.92 x 594.96 pts (A4)" */
  pageSize: string;
  width: number;
  height: number;
  /** All text, whitespace collapsed. */
  text: string;
}

export function pdfFacts(path: string): PdfFacts {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pageSize = /Page size:\s+(.+)/.exec(info)?.[1]?.trim() ?? '';
  const [, width = '0', height = '0'] = /([\d.]+) x ([\d.]+) pts/.exec(pageSize) ?? [];
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), pageSize, width: Number(width), height: Number(height), text };
}

/** Renders the given pages of the PDF to PNGs kept in the test's output, for people to look at. */
export function keepPageImages(path: string, testInfo: TestInfo, name: string, pages: number[]): string[] {
  for (const page of pages) {
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', String(page), '-l', String(page), path, testInfo.outputPath(`${name}-page`)]);
  }
  return readdirSync(testInfo.outputPath()).filter((file) => file.startsWith(`${name}-page`) && file.endsWith('.png'));
}

export function expectEveryName(text: string, names: { teams: string[]; members: string[] }): void {
  const missingTeams = names.teams.filter((name) => !text.includes(name));
  const missingMembers = names.members.filter((name) => !text.includes(name));
  expect(missingTeams, 'team names missing from the PDF').toEqual([]);
  expect(missingMembers, 'member names missing from the PDF').toEqual([]);
}

/** The text of each page, in order (pdftotext ends every page with a form feed), whitespace collapsed. */
export function pdfPageTexts(path: string): string[] {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return raw.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').trim());
}
