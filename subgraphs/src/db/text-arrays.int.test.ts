/**
 * The fast text[] reader against PostgreSQL's own output: for every array, whatever its
 * elements, it reads what pg's parser reads and what was stored.
 */
import { randomInt } from 'node:crypto';
import { Client, types } from 'pg';
import { parseTextArray, subgraphTypes } from './text-arrays';

let client: Client;
beforeAll(async () => {
  client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

const generic = types.getTypeParser(1009 as never, 'text') as (v: string) => unknown;

/** PostgreSQL's text output of each array, for the parsers to read. */
async function outputs(arrays: (string | null)[][]): Promise<string[]> {
  const res = await client.query<{ t: string }>(
    'SELECT a::text AS t FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS j(v, i), LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(v))::text[] AS a) x ORDER BY i',
    [JSON.stringify(arrays)],
  );
  return res.rows.map((r) => r.t);
}

const tricky = [
  '',
  'NULL',
  'null',
  'a,b',
  '{x}',
  'say "hi"',
  'back\\slash',
  ' lead',
  'trail ',
  'tab\there',
  'line\nbreak',
  'é',
  'Пётр',
  'EXTRADITION',
  'fr',
  'a b',
];

describe('parseTextArray', () => {
  it('reads what pg reads, for arrays of every kind of element', async () => {
    const arrays: (string | null)[][] = [
      [],
      ['MLA'],
      ['PROSECUTOR', 'JUDGE'],
      [null],
      ['a', null, 'b'],
      ...tricky.map((t) => [t]),
      tricky,
    ];
    for (let i = 0; i < 300; i++)
      arrays.push(
        Array.from({ length: randomInt(0, 6) }, () =>
          randomInt(0, 8) === 0 ? null : tricky[randomInt(0, tricky.length)]! + tricky[randomInt(0, tricky.length)]!,
        ),
      );
    const texts = await outputs(arrays);
    texts.forEach((text, i) => {
      expect(parseTextArray(text)).toEqual(generic(text));
      expect(parseTextArray(text)).toEqual(arrays[i]);
    });
    // The fast path was taken for the plain ones (no quotes in the output).
    expect(texts.filter((t) => !t.includes('"')).length).toBeGreaterThan(50);
  });

  it('leaves other dimensions and bounds to pg', () => {
    expect(parseTextArray('{{a,b},{c,d}}')).toEqual(generic('{{a,b},{c,d}}'));
    expect(parseTextArray('[2:3]={a,b}')).toEqual(generic('[2:3]={a,b}'));
  });

  it('is what the subgraph pools use for text[] and varchar[], and pg own parsers otherwise', async () => {
    const pooled = new Client({ connectionString: process.env.TEST_DATABASE_URL, types: subgraphTypes });
    await pooled.connect();
    try {
      const res = await pooled.query(
        "SELECT ARRAY['x', NULL, 'y,z']::text[] AS t, ARRAY['v']::varchar[] AS v, ARRAY[1, 2]::int[] AS i, '2026-01-02'::date AS d",
      );
      expect(res.rows[0]).toEqual({
        t: ['x', null, 'y,z'],
        v: ['v'],
        i: [1, 2],
        d: types.getTypeParser(types.builtins.DATE, 'text')('2026-01-02'),
      });
    } finally {
      await pooled.end();
    }
  });
});
