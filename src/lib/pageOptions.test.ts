import { describe, expect, it } from 'vitest';
import { parsePageOptions } from './pageOptions';

describe('parsePageOptions', () => {
  it('uses the default card beside the page', () => {
    expect(parsePageOptions('http://localhost:4173/', '/models/a.json').cardUrl).toBe(
      'http://localhost:4173/models/a.json',
    );
  });

  it('takes the card from ?model', () => {
    expect(parsePageOptions('http://localhost/x/?model=cards/b.json', '/a.json').cardUrl).toBe(
      'http://localhost/x/cards/b.json',
    );
  });

  it('defaults the execution provider to auto', () => {
    expect(parsePageOptions('http://localhost/', '/a.json').provider).toBe('auto');
  });

  it('takes the execution provider from ?ep', () => {
    expect(parsePageOptions('http://localhost/?ep=wasm', '/a.json').provider).toBe('wasm');
  });

  it('rejects an unknown execution provider', () => {
    expect(() => parsePageOptions('http://localhost/?ep=cuda', '/a.json')).toThrow(/ep="cuda": expected "wasm" or "webgpu"/);
  });
});
