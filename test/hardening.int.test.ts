/**
 * Production settings of the gateway and the audit log's append-only rule,
 * against the in-process federation (real PostgreSQL, HTTP between parts).
 */
import { NETWORKS } from '../shared/src/registry';
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
    await seajust.env.ds.query(`ALTER TABLE authorities RENAME TO authorities_gone`);
    try {
      const res = await fed.gql(`{ networks(codes: [SEAJUST]) { authorities { totalCount } } }`);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', network: 'SEAJUST' } });
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|authorities_gone|relation|at .*\.ts/i);
    } finally {
      await seajust.env.ds.query(`ALTER TABLE authorities_gone RENAME TO authorities`);
    }
  });
});

describe('the audit log', () => {
  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const { ds } = fed.networks.get(NETWORKS[0]!.key)!.env;
    await ds.query(`INSERT INTO audit_log (request_id, action) VALUES ('test-request', 'test')`);
    for (const statement of [`UPDATE audit_log SET action = 'changed'`, `DELETE FROM audit_log`, `TRUNCATE audit_log`]) {
      await expect(ds.query(statement)).rejects.toThrow(/append-only/);
    }
    const rows = await ds.query(`SELECT action FROM audit_log WHERE request_id = 'test-request'`);
    expect(rows).toEqual([{ action: 'test' }]);
  });
});
