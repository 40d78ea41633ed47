import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, onlineHostsFrom } from './csp.ts';

describe('the shipped security policy', () => {
  it('allows no inline script and no eval, workers and images as the app needs them', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toContain("img-src 'self' data: blob:;");
    expect(policy).toContain("connect-src 'self' data: blob:;");
  });

  it('adds an online basemap host only when the build names it', () => {
    const hosts = onlineHostsFrom(' https://tiles.example.org  https://fonts.example.org:8443 ');
    expect(hosts).toEqual(['https://tiles.example.org', 'https://fonts.example.org:8443']);
    expect(contentSecurityPolicy(hosts)).toContain(
      "connect-src 'self' data: blob: https://tiles.example.org https://fonts.example.org:8443;",
    );
    expect(onlineHostsFrom(undefined)).toEqual([]);
  });

  it('refuses a host that is not an https origin, naming it', () => {
    expect(() => onlineHostsFrom('http://tiles.example.org')).toThrow(
      '"http://tiles.example.org" is not an https origin',
    );
    expect(() => onlineHostsFrom("https://x.org/path 'unsafe-eval'")).toThrow('is not an https origin');
  });
});
