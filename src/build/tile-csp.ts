/**
 * The page's Content-Security-Policy allows images from its own origin only. When the user
 * configures online tiles (VITE_TILE_URL), the tile server's origin must be allowed too, or
 * the browser would block every tile: this plugin adds exactly that origin to img-src.
 */
import type { Plugin } from 'vite';

/** The CSP source for a Leaflet tile URL template; `{s}` subdomains become a wildcard. */
export function tileSource(template: string): string {
  const probe = template.replace(/\{[a-z]+\}/gi, (m) => (m === '{s}' ? 'subdomain' : '0'));
  let url: URL;
  try {
    url = new URL(probe);
  } catch {
    throw new Error(
      `VITE_TILE_URL is not a URL: "${template}" (expected e.g. https://tiles.example.org/{z}/{x}/{y}.png)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`VITE_TILE_URL must be an http(s) URL, not "${template}"`);
  const host = url.host.replace(/^subdomain\./, '*.');
  return `${url.protocol}//${host}`;
}

export function tileCspPlugin(template: string | undefined): Plugin {
  const source = template ? tileSource(template) : null;
  return {
    name: 'news-explainer:tile-csp',
    transformIndexHtml(html) {
      return source ? html.replace("img-src 'self' data:", `img-src 'self' data: ${source}`) : html;
    },
  };
}
