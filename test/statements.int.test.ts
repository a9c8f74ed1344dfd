/**
 * The benchmark's statement counts (bench/statements.ts) run on the tests'
 * in-process federation, over databases it is given and with the keys that
 * signed its tokens, and leave those databases as they found them.
 */
import { randomBytes } from 'node:crypto';
import { statementsPerShape } from '../bench/statements';
import { generateDevIdentity, signToken } from '../scripts/lib/dev-keys';
import { urlRole } from '#shared/config';
import { NETWORKS } from '#shared/registry';
import { migrateAsOwner } from '../subgraphs/src/db/open';
import { createTestAuth } from './support/auth';
import { createTestDatabase, queryDatabase, type TestDatabase } from './support/db';
import { startInProcessFederation } from './support/in-process';

const databases = new Map<string, TestDatabase>();

beforeAll(async () => {
  for (const n of NETWORKS) {
    const db = await createTestDatabase(`bench_${n.key}`);
    await migrateAsOwner(db.ownerUrl, urlRole(db.appUrl));
    await queryDatabase(
      db.url,
      `INSERT INTO authorities (country, name, kind, measures, languages, channels, version) VALUES ($1, 'Given authority', 'CENTRAL_AUTHORITY', '{}', '{en}', '{EMAIL}', 1)`,
      [n.members[0]!.country],
    );
    databases.set(n.key, db);
  }
}, 120_000);

afterAll(async () => {
  for (const db of databases.values()) await db.drop();
});

describe('the in-process federation over given databases', () => {
  it('serves their rows, and leaves them in place when it closes', async () => {
    const auth = await createTestAuth(NETWORKS);
    const fed = await startInProcessFederation({ databaseUrls: (key) => databases.get(key)!.appUrl, auth });
    try {
      const res = await fed.gql<{ networks: { code: string; authorities: { nodes: { name: string }[] } }[] }>(
        '{ networks { code authorities { nodes { name } } } }',
        {},
        await auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA'),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.networks).toEqual(
        NETWORKS.map((n) => ({ code: n.code, authorities: { nodes: [{ name: 'Given authority' }] } })),
      );
    } finally {
      await fed.close();
    }
    for (const db of databases.values()) {
      expect(await queryDatabase(db.url, `SELECT name FROM authorities`)).toEqual([{ name: 'Given authority' }]);
    }
  });
});

describe('statementsPerShape', () => {
  it('counts the statements of each shape at each size on the databases it is given, with tokens of the identity it is given', async () => {
    const identity = await generateDevIdentity(NETWORKS);
    const secrets = Object.fromEntries(NETWORKS.map((n) => [n.key, randomBytes(32).toString('hex')]));
    const token = await signToken(identity.idp.privateKeyPem, {
      subject: 'bench-cp',
      roles: ['CONTACT_POINT'],
      network: 'wacap',
      country: 'NGA',
    });
    const counts = await statementsPerShape(
      (key) => databases.get(key)!.appUrl,
      identity,
      secrets,
      async () => [
        {
          name: 'authorities of four networks',
          query: 'query($first: Int!) { networks { authorities(first: $first) { totalCount nodes { name } } } }',
          token,
          sizes: [
            { label: 'first 1', variables: { first: 1 } },
            { label: 'first 50', variables: { first: 50 } },
          ],
        },
      ],
    );
    expect(counts).toHaveLength(1);
    const [small, large] = counts[0]!.counts;
    expect(small!.statements).toBeGreaterThanOrEqual(NETWORKS.length);
    expect(large!.statements).toBe(small!.statements);
  });
});
