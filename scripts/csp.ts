/**
 * The Content-Security-Policy the build ships: a <meta> tag in index.html and a `_headers` file
 * (Netlify, Cloudflare Pages; other hosts: copy the line, see the README). No inline script and no
 * eval; workers from our files or blob:; images from our files, data: and blob: (the print map).
 * An online basemap's hosts are allowed only when the build names them:
 * ATLAS_ONLINE_HOSTS="https://tiles.example.org https://fonts.example.org" npm run build.
 */
import type { Plugin } from 'vite';

export function contentSecurityPolicy(onlineHosts: string[] = []): string {
  const online = onlineHosts.length ? ` ${onlineHosts.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${online}`,
    "font-src 'self' data:",
    `connect-src 'self' data: blob:${online}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Hosts from ATLAS_ONLINE_HOSTS, each an https origin; anything else is refused by name. */
export function onlineHostsFrom(value: string | undefined): string[] {
  const hosts = (value ?? '').split(/\s+/).filter(Boolean);
  for (const host of hosts)
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(host))
      throw new Error(`ATLAS_ONLINE_HOSTS: "${host}" is not an https origin (https://host[:port])`);
  return hosts;
}

export function securityPolicy(onlineHosts: string[]): Plugin {
  const policy = contentSecurityPolicy(onlineHosts);
  return {
    name: 'durand-atlas:security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      // A header can say what a meta tag cannot: never framed by another site.
      const header = `${policy}; frame-ancestors 'none'`;
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${header}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`,
      });
    },
  };
}
