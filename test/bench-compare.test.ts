/** The benchmark's comparison helpers (bench/compare.ts): alternating order, spread, sections kept across runs. */
import { alternate, sectionOf, showSpread, withSection } from '../bench/compare';

describe('alternate', () => {
  it('measures every variant once per round, in alternating order, after switching to it', async () => {
    const seen: string[] = [];
    const results = await alternate(
      [{ name: 'before' }, { name: 'after' }],
      3,
      async (v) => void seen.push(`apply ${v.name}`),
      async (v) => `${v.name} ${seen.length}`,
    );
    expect(seen).toEqual(['apply before', 'apply after', 'apply after', 'apply before', 'apply before', 'apply after']);
    expect(results.get('before')).toEqual(['before 1', 'before 4', 'before 5']);
    expect(results.get('after')).toEqual(['after 2', 'after 3', 'after 6']);
  });
});

describe('showSpread', () => {
  it('gives the median with the lowest and highest', () => {
    expect(showSpread([3, 1, 2])).toBe('2.0 (1.0–3.0)');
    expect(showSpread([4, 1, 2, 3], 2)).toBe('2.50 (1.00–4.00)');
  });
});

describe('sectionOf and withSection', () => {
  const md = '# Benchmarks\n\n## 1. One\n\na\n\n## 7. Heap settings\n\nheap table\n\n## 8. Later\n\nz\n';
  it('take a section out of one file and put it into a newly written one, the rest unchanged', () => {
    const heap = sectionOf(md, '## 7. Heap settings');
    expect(heap).toEqual(['## 7. Heap settings', '', 'heap table', '', '']);
    const fresh = '# Benchmarks\n\n## 1. One\n\nb\n';
    expect(withSection(fresh, '## 7. Heap settings', heap)).toBe(
      '# Benchmarks\n\n## 1. One\n\nb\n\n## 7. Heap settings\n\nheap table\n\n',
    );
    expect(withSection(md, '## 7. Heap settings', ['## 7. Heap settings', '', 'new', ''])).toBe(
      '# Benchmarks\n\n## 1. One\n\na\n\n## 7. Heap settings\n\nnew\n## 8. Later\n\nz\n',
    );
    expect(sectionOf(fresh, '## 7. Heap settings')).toEqual([]);
  });
});
