/**
 * Production settings of the gateway and the audit log's append-only rule,
 * against the in-process federation (real PostgreSQL, HTTP between parts).
 */
import { NETWORKS } from '#shared/registry';
import { queryDatabase } from './support/db';
import { startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

beforeAll(async () => {
  fed = await startInProcessFederation({ production: true });
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

describe('in production', () => {
  it('turns introspection off', async () => {
    const res = await fed.gql(`{ __schema { types { name } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const res = await fed.gql(`{ networks { cod } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).not.toMatch(/did you mean|code/i);
  });

  it('sends no stack traces or internal details', async () => {
    // A database that has gone away is an internal error: the client learns only that.
    const seajust = fed.networks.get('seajust')!;
    const asOwner = (statement: string) => queryDatabase(seajust.env.db!.ownerUrl, statement);
    await asOwner(`ALTER TABLE authorities RENAME TO authorities_gone`);
    try {
      const res = await fed.gql(`{ networks(codes: [SEAJUST]) { authorities { totalCount } } }`);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({
        message: 'Internal server error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', network: 'SEAJUST' },
      });
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|authorities_gone|relation|at .*\.ts/i);
    } finally {
      await asOwner(`ALTER TABLE authorities_gone RENAME TO authorities`);
    }
  });
});

describe('the audit log', () => {
  it('is append-only even for the owner: its triggers refuse UPDATE, DELETE and TRUNCATE', async () => {
    // The application role has no such privilege at all (test/db-roles.int.test.ts); the triggers guard the owner's mistakes.
    const { ownerUrl } = fed.networks.get(NETWORKS[0]!.key)!.env.db!;
    await queryDatabase(ownerUrl, `INSERT INTO audit_log (request_id, action) VALUES ('test-request', 'test')`);
    for (const statement of [
      `UPDATE audit_log SET action = 'changed'`,
      `DELETE FROM audit_log`,
      `TRUNCATE audit_log`,
    ]) {
      await expect(queryDatabase(ownerUrl, statement)).rejects.toThrow(/append-only/);
    }
    const rows = await queryDatabase(ownerUrl, `SELECT action FROM audit_log WHERE request_id = 'test-request'`);
    expect(rows).toEqual([{ action: 'test' }]);
  });
});
