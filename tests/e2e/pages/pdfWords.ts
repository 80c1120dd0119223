import { execFileSync } from 'node:child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

export interface PdfPageWords {
  width: number;
  height: number;
  words: PdfWord[];
}

/** Every page's size and words with their positions in points, read with `pdftotext -bbox`. */
export function pdfPageWords(path: string): PdfPageWords[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html.split('<page ').slice(1).map((chunk) => {
    const [, width = '0', height = '0'] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk) ?? [];
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      text: m[4] ?? '',
    }));
    return { width: Number(width), height: Number(height), words };
  });
}
