import { describe, expect, it } from 'vitest';
import { tileCspPlugin, tileSource } from '../../src/build/tile-csp.ts';

const HTML = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'" />`;
const transform = (template: string | undefined) =>
  (tileCspPlugin(template).transformIndexHtml as (html: string) => string)(HTML);

describe('the tile server in the Content-Security-Policy', () => {
  it.each([
    ['https://tiles.example.org/{z}/{x}/{y}.png', 'https://tiles.example.org'],
    ['https://{s}.tile.example.org/{z}/{x}/{y}.png', 'https://*.tile.example.org'],
    ['http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png?key=abc', 'http://127.0.0.1:8080'],
  ])('%s is allowed as %s', (template, source) => {
    expect(tileSource(template)).toBe(source);
    expect(transform(template)).toContain(`img-src 'self' data: ${source};`);
  });

  it('leaves the policy alone when no tiles are configured', () => {
    expect(transform(undefined)).toBe(HTML);
  });

  it.each(['tiles/{z}/{x}/{y}.png', 'javascript:alert(1)'])(
    'refuses %s with a message naming the variable',
    (template) => {
      expect(() => tileSource(template)).toThrow(/VITE_TILE_URL/);
    },
  );
});
