import { describe, expect, it } from 'vitest';
import { hashHref } from '../../renderer/ui/HashLink';

describe('hashHref', () => {
  it('puts an in-app path, its query and hash after the hash router’s #', () => {
    expect(hashHref('/okrs/objectives/o1')).toBe('#/okrs/objectives/o1');
    expect(hashHref({ pathname: '/okrs/key-results/k%201', search: '?period=period%3A2026-Q4&for=everyone' })).toBe('#/okrs/key-results/k%201?period=period%3A2026-Q4&for=everyone');
    expect(hashHref({ pathname: '/okrs', search: '', hash: '#top' })).toBe('#/okrs#top');
  });
});
