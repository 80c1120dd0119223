import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseUntrustedJson, unsafeKeyProblems } from '../../../shared/backup';

describe('parsing untrusted JSON', () => {
  it('checks the size before parsing, counting UTF-8 bytes', () => {
    expect(parseUntrustedJson('{"a":"abc"}', 11).ok).toBe(true);
    const tooBig = parseUntrustedJson('{"a":"äbc"}', 11);
    expect(tooBig).toEqual({ ok: false, problems: [expect.stringMatching(/^The file is too large: a backup may be at most/)] });
  });

  it('says a cut-off file may be damaged', () => {
    expect(parseUntrustedJson('{"teams":[{"id":', 1000)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^The file is not valid JSON; it may be cut off or damaged/)],
    });
  });

  it('calls an empty file empty', () => {
    expect(parseUntrustedJson(' \n', 1000)).toEqual({ ok: false, problems: ['The file is empty.'] });
  });

  it('finds __proto__, constructor and prototype keys at any depth, and says where', () => {
    const text = '{"tables":{"teams":[{"id":"a","score":{"__proto__":{"polluted":true}}}],"constructor":{}},"prototype":1}';
    const why = 'forbidden key "KEY" (it could change how objects behave; no backup contains it)';
    expect(parseUntrustedJson(text, 10_000)).toEqual({
      ok: false,
      problems: [why.replace('KEY', 'prototype'), `tables: ${why.replace('KEY', 'constructor')}`, `teams[0].score: ${why.replace('KEY', '__proto__')}`],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows the words as values: a team may be called "constructor"', () => {
    expect(unsafeKeyProblems(JSON.parse('{"name":"constructor","note":"__proto__"}'))).toEqual([]);
  });

  it('refuses nesting deeper than any backup without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = parseUntrustedJson(deep, 1_000_000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(new RegExp(`nested (more than ${MAX_JSON_DEPTH} levels|too deeply)`));
  });
});
