import { describe, expect, it } from 'vitest';
import { count, inSentence, listOf, pluralOf, withArticle } from '../../../shared/rules/wording';

describe('wording used in findings', () => {
  it.each([
    ['developer', 'developers'],
    ['business analyst', 'business analysts'],
    ['boss', 'bosses'],
    ['coach', 'coaches'],
    ['deputy', 'deputies'],
    ['day', 'days'],
  ])('writes the plural of "%s" as "%s"', (singular, plural) => {
    expect(pluralOf(singular)).toBe(plural);
  });

  it('counts in the singular only for exactly one', () => {
    expect(count(1, 'person', 'people')).toBe('1 person');
    expect(count(0, 'person', 'people')).toBe('0 people');
    expect(count(2, 'team')).toBe('2 teams');
  });

  it.each([
    ['Security analyst', 'security analyst'],
    ['Product owner', 'product owner'],
    ['QA lead', 'QA lead'],
    ['DevOps engineer', 'DevOps engineer'],
    ['SRE', 'SRE'],
    ['developer', 'developer'],
  ])('writes "%s" inside a sentence as "%s"', (name, written) => {
    expect(inSentence(name)).toBe(written);
  });

  it('chooses "a" or "an" by the first letter', () => {
    expect(withArticle('security analyst')).toBe('a security analyst');
    expect(withArticle('architect')).toBe('an architect');
  });

  it('joins lists the English way', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B'])).toBe('A and B');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
