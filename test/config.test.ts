import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayConfig } from '../gateway/src/config';
import { ConfigError } from '../shared/src/config';
import { findNetwork, NETWORKS } from '../shared/src/registry';
import { subgraphConfig } from '../subgraphs/src/config';

const seajust = findNetwork(NETWORKS, 'seajust')!;
const SECRET = randomBytes(24).toString('hex');
const PEM = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----';
const tokens = { JWT_ISSUER: 'https://issuer.example', JWT_AUDIENCE: 'jcn-hub', JWT_PUBLIC_KEY: PEM };
const secrets = Object.fromEntries(NETWORKS.map((n) => [`SUBGRAPH_SECRET_${n.code}`, SECRET]));

describe('configuration', () => {
  it('gives a subgraph its registry port and safe defaults', () => {
    const c = subgraphConfig(seajust, { DATABASE_URL: 'postgres://u:p@db:5432/seajust', SUBGRAPH_SECRET: SECRET, ...tokens });
    expect(c).toMatchObject({ PORT: 4104, HOST: '127.0.0.1', NODE_ENV: 'development', DB_POOL_SIZE: 10 });
  });

  it('reports every problem of a subgraph environment at once', () => {
    let error: unknown;
    try {
      subgraphConfig(seajust, { DATABASE_URL: 'mysql://db', PORT: 'eighty', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(problems).toMatch(/PORT:/);
    expect(problems).toMatch(/NODE_ENV:/);
  });

  it('requires a database URL and says what one looks like', () => {
    expect(() => subgraphConfig(seajust, {})).toThrow(/DATABASE_URL: required, e.g. postgres:\/\//);
  });

  it('has no default for secrets and keys, and wants exactly one key source', () => {
    const problems = (env: Record<string, string>) => {
      try {
        subgraphConfig(seajust, { DATABASE_URL: 'postgres://db/seajust', ...env });
        return '';
      } catch (e) {
        return (e as ConfigError).problems.join('\n');
      }
    };
    expect(problems({})).toMatch(/SUBGRAPH_SECRET: required[\s\S]*JWT_ISSUER: required[\s\S]*JWT_AUDIENCE: required/);
    expect(problems({ ...tokens, SUBGRAPH_SECRET: 'short' })).toMatch(/SUBGRAPH_SECRET: must be at least 32 characters/);
    expect(problems({ ...tokens, SUBGRAPH_SECRET: SECRET, JWT_JWKS_URL: 'https://issuer.example/jwks.json' })).toMatch(/exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY/);
    const { JWT_PUBLIC_KEY: _unused, ...noKey } = tokens;
    expect(problems({ ...noKey, SUBGRAPH_SECRET: SECRET })).toMatch(/exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY/);
  });

  it('needs a signing key for the outbox when a gateway URL is given, and reads one-line PEM values', () => {
    const base = { DATABASE_URL: 'postgres://app@db/seajust', SUBGRAPH_SECRET: SECRET, ...tokens, GATEWAY_URL: 'http://gateway:4000/graphql' };
    expect(() => subgraphConfig(seajust, base)).toThrow(/SERVICE_SIGNING_KEY: required with GATEWAY_URL/);
    const c = subgraphConfig(seajust, { ...base, SERVICE_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----' });
    expect(c.SERVICE_SIGNING_KEY).toBe('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----');
  });

  it('takes one subgraph URL per registry network for the gateway', () => {
    const c = gatewayConfig(NETWORKS, { SUBGRAPH_URL_SEAJUST: 'https://seajust.example/graphql', NODE_ENV: 'production', ...tokens, ...secrets });
    expect(c.subgraphUrls).toEqual({
      casc: 'http://127.0.0.1:4101/graphql',
      wacap: 'http://127.0.0.1:4102/graphql',
      gljc: 'http://127.0.0.1:4103/graphql',
      seajust: 'https://seajust.example/graphql',
    });
    expect(c.production).toBe(true);
    expect(c.subgraphSecrets.gljc).toBe(SECRET);
    expect(() => gatewayConfig(NETWORKS, { SUBGRAPH_URL_CASC: 'not a url', ...tokens, ...secrets })).toThrow(/SUBGRAPH_URL_CASC/);
    expect(() => gatewayConfig(NETWORKS, tokens)).toThrow(/SUBGRAPH_SECRET_CASC: required/);
  });

  it('has defaults for workers and subgraph calls, and refuses values out of range', () => {
    const c = gatewayConfig(NETWORKS, { ...tokens, ...secrets });
    expect(c.workers).toBe(1);
    expect(c.subgraphs).toEqual({ timeoutMs: 30_000, maxSockets: 256, dedupe: true });
    const tuned = gatewayConfig(NETWORKS, { ...tokens, ...secrets, GATEWAY_WORKERS: '2', SUBGRAPH_TIMEOUT_MS: '5000', SUBGRAPH_MAX_SOCKETS: '32', SUBGRAPH_DEDUPE: 'off' });
    expect(tuned.workers).toBe(2);
    expect(tuned.subgraphs).toEqual({ timeoutMs: 5000, maxSockets: 32, dedupe: false });
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS/);
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, SUBGRAPH_TIMEOUT_MS: '10' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, SUBGRAPH_DEDUPE: 'yes' })).toThrow(/SUBGRAPH_DEDUPE/);
  });

  it('takes the application role from DATABASE_URL and another role, the owner, from MIGRATION_DATABASE_URL', () => {
    const base = { SUBGRAPH_SECRET: SECRET, ...tokens };
    const c = subgraphConfig(seajust, { ...base, DATABASE_URL: 'postgres://jcn_app:a@db/seajust', MIGRATION_DATABASE_URL: 'postgres://jcn_owner:o@db/seajust' });
    expect(c).toMatchObject({ DATABASE_URL: 'postgres://jcn_app:a@db/seajust', MIGRATION_DATABASE_URL: 'postgres://jcn_owner:o@db/seajust' });
    expect(subgraphConfig(seajust, { ...base, DATABASE_URL: 'postgres://jcn_app:a@db/seajust' }).MIGRATION_DATABASE_URL).toBeUndefined();
    expect(() => subgraphConfig(seajust, { ...base, DATABASE_URL: 'postgres://db:5432/seajust' })).toThrow(/DATABASE_URL: must name its role/);
    expect(() => subgraphConfig(seajust, { ...base, DATABASE_URL: 'postgres://jcn:a@db/seajust', MIGRATION_DATABASE_URL: 'postgres://jcn:a@db/seajust' })).toThrow(
      /MIGRATION_DATABASE_URL: must name the owner, another role than DATABASE_URL/,
    );
  });
});

describe('secrets in production', () => {
  /** The values .env.example gives, as docker-compose would pass them. */
  const example = Object.fromEntries(
    [...readFileSync(join(__dirname, '..', '.env.example'), 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]),
  );
  const problems = (parse: () => unknown): string[] => {
    try {
      parse();
      return [];
    } catch (e) {
      return (e as ConfigError).problems;
    }
  };
  const subgraphEnv = (nodeEnv: string) => ({
    NODE_ENV: nodeEnv,
    ...tokens,
    DATABASE_URL: `postgres://jcn_app:${example.SEAJUST_DB_APP_PASSWORD}@seajust-db:5432/seajust`,
    MIGRATION_DATABASE_URL: `postgres://jcn_owner:${example.SEAJUST_DB_OWNER_PASSWORD}@seajust-db:5432/seajust`,
    SUBGRAPH_SECRET: example.SEAJUST_SUBGRAPH_SECRET,
    GATEWAY_URL: 'http://gateway:4000/graphql',
    SERVICE_SIGNING_KEY: example.SEAJUST_SERVICE_SIGNING_KEY,
  });
  const gatewayEnv = (nodeEnv: string) => ({ NODE_ENV: nodeEnv, ...tokens, ...Object.fromEntries(NETWORKS.map((n) => [`SUBGRAPH_SECRET_${n.code}`, example[`${n.code}_SUBGRAPH_SECRET`]])) });

  it('refuses every placeholder of .env.example in a subgraph, naming each variable, passwords inside URLs included', () => {
    const found = problems(() => subgraphConfig(seajust, subgraphEnv('production')));
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'SERVICE_SIGNING_KEY', 'SUBGRAPH_SECRET']);
    expect(found.join('\n')).toMatch(/DATABASE_URL: its password is a placeholder: generate a real value, e.g. openssl rand -hex 24 \(NODE_ENV=production\)/);
    expect(found.join('\n')).not.toContain(example.SEAJUST_DB_APP_PASSWORD);
  });

  it('refuses every placeholder of .env.example in the gateway', () => {
    const found = problems(() => gatewayConfig(NETWORKS, gatewayEnv('production')));
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(NETWORKS.map((n) => `SUBGRAPH_SECRET_${n.code}`).sort());
  });

  it('refuses obviously weak values and accepts generated ones', () => {
    const withSecret = (secret: string, password: string) =>
      problems(() => subgraphConfig(seajust, { NODE_ENV: 'production', ...tokens, SUBGRAPH_SECRET: secret, DATABASE_URL: `postgres://jcn_app:${password}@db/seajust` }));
    expect(withSecret('x'.repeat(40), 'hunter2').sort()).toEqual([
      'DATABASE_URL: its password is too short for production: use at least 16 random characters, e.g. openssl rand -hex 24 (NODE_ENV=production)',
      'SUBGRAPH_SECRET: is not random: generate a real value, e.g. openssl rand -hex 24 (NODE_ENV=production)',
    ]);
    expect(withSecret(`my-subgraph-secret-${SECRET}`, `Password${SECRET}`).map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'SUBGRAPH_SECRET']);
    expect(withSecret(randomBytes(32).toString('base64url'), randomBytes(24).toString('hex'))).toEqual([]);
    // Certificate or peer authentication: no password to judge.
    expect(problems(() => subgraphConfig(seajust, { NODE_ENV: 'production', ...tokens, SUBGRAPH_SECRET: SECRET, DATABASE_URL: 'postgres://jcn_app@db/seajust' }))).toEqual([]);
  });

  it('lets development and tests use them', () => {
    expect(problems(() => subgraphConfig(seajust, subgraphEnv('development')))).toEqual([]);
    expect(problems(() => gatewayConfig(NETWORKS, gatewayEnv('test')))).toEqual([]);
  });
});
