import { describe, expect, it } from 'vitest';
import { confidenceDisagreement } from '../../../shared/rules';

describe('disagreement between confidence and the numbers', () => {
  it('points out a confidence of 7 or more while off track', () => {
    expect(confidenceDisagreement('offTrack', 7)?.title).toBe('Confident, but off track');
    expect(confidenceDisagreement('offTrack', 10)?.explanation).toBe('Confidence is 10 of 10, yet the numbers say off track.');
  });

  it('points out a confidence of 3 or less while on track', () => {
    expect(confidenceDisagreement('onTrack', 3)?.title).toBe('On track, but not confident');
    expect(confidenceDisagreement('onTrack', 0)?.explanation).toBe('Confidence is only 0 of 10, yet the numbers say on track.');
  });

  it('stays quiet when confidence and numbers agree or sit in between', () => {
    expect(confidenceDisagreement('offTrack', 6)).toBeUndefined();
    expect(confidenceDisagreement('onTrack', 4)).toBeUndefined();
    expect(confidenceDisagreement('atRisk', 9)).toBeUndefined();
    expect(confidenceDisagreement('atRisk', 1)).toBeUndefined();
  });

  it('stays quiet before the first check-in', () => {
    expect(confidenceDisagreement('noCheckIn', undefined)).toBeUndefined();
  });

  it('says what to do about it', () => {
    expect(confidenceDisagreement('offTrack', 8)?.fix).toMatch(/^Ask the owner/);
  });
});
