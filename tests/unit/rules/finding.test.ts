import { describe, expect, it } from 'vitest';
import { sortFindings, verdict, worstSeverity, type Finding, type Severity } from '../../../shared/rules';

function finding(id: string, severity: Severity): Finding {
  return { id, rule: 'test', severity, title: id, explanation: `${id}.` };
}

describe('worstSeverity', () => {
  it('has no severity when there are no findings', () => {
    expect(worstSeverity([])).toBeUndefined();
  });

  it('picks fail over warn and info, whatever the order', () => {
    expect(worstSeverity([finding('a', 'info'), finding('b', 'fail'), finding('c', 'warn')])).toBe('fail');
  });

  it('picks warn over info', () => {
    expect(worstSeverity([finding('a', 'info'), finding('b', 'warn')])).toBe('warn');
  });

  it('reports info when only information was found', () => {
    expect(worstSeverity([finding('a', 'info')])).toBe('info');
  });
});

describe('verdict', () => {
  it('passes with no findings', () => {
    expect(verdict([])).toBe('pass');
  });

  it('passes when the findings are only information', () => {
    expect(verdict([finding('a', 'info'), finding('b', 'info')])).toBe('pass');
  });

  it('warns when the worst finding is a warning', () => {
    expect(verdict([finding('a', 'info'), finding('b', 'warn')])).toBe('warn');
  });

  it('fails when any finding fails', () => {
    expect(verdict([finding('a', 'warn'), finding('b', 'fail'), finding('c', 'warn')])).toBe('fail');
  });
});

describe('sortFindings', () => {
  it('puts failures first, then warnings, then information, keeping order within each', () => {
    const sorted = sortFindings([
      finding('warn-1', 'warn'),
      finding('info-1', 'info'),
      finding('fail-1', 'fail'),
      finding('warn-2', 'warn'),
      finding('fail-2', 'fail'),
    ]);
    expect(sorted.map((f) => f.id)).toEqual(['fail-1', 'fail-2', 'warn-1', 'warn-2', 'info-1']);
  });

  it('does not reorder the list it was given', () => {
    const findings = [finding('warn', 'warn'), finding('fail', 'fail')];
    sortFindings(findings);
    expect(findings.map((f) => f.id)).toEqual(['warn', 'fail']);
  });
});
