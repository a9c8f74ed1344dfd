import { parse } from 'graphql';
import { documentBytes } from '#shared/heap-size';
import { DocumentStore } from './document-store';

/** A distinct ~3 kB text (about 250 kB parsed) of aliased fields, as an anonymous caller would send to fill a store. */
const distinctText = (i: number) =>
  `query Q${i} { ${Array.from({ length: 100 }, (_, j) => `a${i}_${j}: networks { code name }`).join(' ')} }`;

describe('DocumentStore', () => {
  it('keeps parsed operations up to its bound in estimated heap bytes, the least recently used out', async () => {
    const bound = 4 * 1024 * 1024;
    const store = new DocumentStore(bound);
    const one = documentBytes(parse(distinctText(0)));
    for (let i = 0; i < 200; i++) await store.set(`k${i}`, parse(distinctText(i)));
    expect(200 * one).toBeGreaterThan(4 * bound); // what an entry-bounded store would have kept
    expect(store.keptBytes).toBeLessThanOrEqual(bound);
    expect(store.keptBytes).toBeGreaterThan(bound / 2);
    expect(await store.get('k0')).toBeUndefined();
    expect(await store.get('k199')).toBeDefined();
  });

  it('does not keep one document larger than an eighth of its bound', async () => {
    const store = new DocumentStore(64 * 1024);
    await store.set('big', parse(distinctText(1)));
    expect(await store.get('big')).toBeUndefined();
    expect(store.keptBytes).toBe(0);
  });
});
