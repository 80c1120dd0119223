import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalLink, safeExternalUrl } from '../../../electron/security';

describe('isSafeExternalUrl: which links Teamshape hands to the user’s browser', () => {
  it.each([
    'https://example.com',
    'https://example.com/okrs?quarter=2026-Q4#top',
    'http://intranet.example.org:8080/teams',
    'HTTPS://EXAMPLE.COM/Path',
    'https://xn--bcher-kva.example/',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'file://server/share/x.exe'],
    ['script', 'javascript:alert(1)'],
    ['script in capitals', 'JAVASCRIPT:alert(1)'],
    ['script hidden by a tab', 'java\tscript:alert(1)'],
    ['script hidden by a newline', 'java\nscript:alert(1)'],
    ['script behind a leading space', ' javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a blob URL', 'blob:https://example.com/1234'],
    ['our own app scheme', 'app://teamshape/index.html'],
    ['another app’s custom scheme', 'vscode://file/etc/passwd'],
    ['a mail link', 'mailto:someone@example.com'],
    ['an SMB link', 'smb://server/share'],
    ['a Windows ms- handler', 'ms-msdt:/id PCWDiagnostic'],
    ['FTP', 'ftp://example.com/file'],
    ['credentials in the URL', 'https://user:password@example.com/'],
    ['a look-alike host with a username', 'https://example.com@evil.example/'],
    ['backslashes the parser would turn into slashes', 'https:\\\\evil.example\\path'],
    ['a scheme without slashes', 'https:evil.example'],
    ['localhost', 'http://localhost:47821/'],
    ['a subdomain of localhost', 'http://teamshape.localhost/'],
    ['the loopback address', 'http://127.0.0.1:47821/'],
    ['loopback written as one number', 'http://2130706433/'],
    ['loopback written in hex', 'http://0x7f.1/'],
    ['the IPv6 loopback', 'http://[::1]:8080/'],
    ['the unspecified address', 'http://0.0.0.0/'],
    ['malformed', 'https://'],
    ['an unterminated IPv6 host', 'https://[::1/'],
    ['a relative path', '/teams/1'],
    ['an empty string', ''],
    ['a space inside', 'https://example.com/a b'],
    ['an overlong URL', `https://example.com/${'a'.repeat(3000)}`],
    ['not a string', { href: 'https://example.com' }],
    ['undefined', undefined],
  ])('refuses %s: %s', (_what, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('returns the normalised form, which is what reaches the OS', () => {
    expect(safeExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
  });
});

describe('openExternalLink', () => {
  it('passes a safe link to the injected OS call', () => {
    const openExternal = vi.fn(async () => {});
    expect(openExternalLink('https://example.com/guide', openExternal)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/guide');
  });

  it('never calls the OS for a refused link', () => {
    const openExternal = vi.fn(async () => {});
    expect(openExternalLink('file:///etc/passwd', openExternal)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('does not throw when the OS fails to open the link', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(openExternalLink('https://example.com', openExternal)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
