import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayConfig } from '../gateway/src/config';
import { ConfigError } from '#shared/config';
import { findNetwork, NETWORKS } from '#shared/registry';
import { duePolicyOf, subgraphConfig } from '../subgraphs/src/config';
import { DEFAULT_DUE_POLICY } from '../subgraphs/src/referrals/due';

const seajust = findNetwork(NETWORKS, 'seajust')!;
const SECRET = randomBytes(24).toString('hex');
const PEM = '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----';
const PRIVATE_PEM = '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----';
/** The gateway's token variables: the identity provider and its own signing key. */
const tokens = {
  JWT_ISSUER: 'https://issuer.example',
  JWT_AUDIENCE: 'jcn-hub',
  JWT_PUBLIC_KEY: PEM,
  GATEWAY_SIGNING_KEY: PRIVATE_PEM,
};
/** A subgraph's: the gateway's public key only. */
const gatewayKey = { GATEWAY_PUBLIC_KEY: PEM };
const secrets = Object.fromEntries(NETWORKS.map((n) => [`SUBGRAPH_SECRET_${n.code}`, SECRET]));

describe('configuration', () => {
  it('gives a subgraph its registry port and safe defaults', () => {
    const c = subgraphConfig(seajust, {
      DATABASE_URL: 'postgres://u:p@db:5432/seajust',
      SUBGRAPH_SECRET: SECRET,
      ...gatewayKey,
    });
    expect(c).toMatchObject({ PORT: 4104, HOST: '127.0.0.1', NODE_ENV: 'development', DB_POOL_SIZE: 10 });
  });

  it("takes a network's due times by urgency, with defaults, and says what a bad one should look like", () => {
    const base = { DATABASE_URL: 'postgres://u:p@db:5432/seajust', SUBGRAPH_SECRET: SECRET, ...gatewayKey };
    expect(duePolicyOf(subgraphConfig(seajust, base))).toEqual(DEFAULT_DUE_POLICY);
    const tuned = duePolicyOf(
      subgraphConfig(seajust, { ...base, ACKNOWLEDGE_WITHIN_URGENT: '2h', ANSWER_WITHIN_ROUTINE: '40wd' }),
    );
    expect(tuned.acknowledge.URGENT).toEqual({ amount: 2, unit: 'h' });
    expect(tuned.answer.ROUTINE).toEqual({ amount: 40, unit: 'wd' });
    expect(tuned.acknowledge.IMMEDIATE).toEqual({ amount: 4, unit: 'h' });
    const problems = (() => {
      try {
        subgraphConfig(seajust, {
          ...base,
          ACKNOWLEDGE_WITHIN_IMMEDIATE: '4 hours',
          ACKNOWLEDGE_WITHIN_ROUTINE: '45d',
          ANSWER_WITHIN_URGENT: '0d',
          ANSWER_WITHIN_IMMEDIATE: '800d',
        });
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    })();
    expect(problems).toMatch(
      /ACKNOWLEDGE_WITHIN_IMMEDIATE: "4 hours" must be a whole number of hours, days or working days, e\.g\. 4h, 30d or 5wd/,
    );
    expect(problems).toMatch(/ACKNOWLEDGE_WITHIN_ROUTINE: "45d" must be at most 30 days/);
    expect(problems).toMatch(/ANSWER_WITHIN_URGENT: "0d" must be at least 1/);
    expect(problems).toMatch(/ANSWER_WITHIN_IMMEDIATE: "800d" must be at most 730 days/);
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

  const problemsOf = (parse: () => unknown) => {
    try {
      parse();
      return '';
    } catch (e) {
      return (e as ConfigError).problems.join('\n');
    }
  };

  it("has no default for a subgraph's secret and key, and trusts only the gateway's key", () => {
    const problems = (env: Record<string, string>) =>
      problemsOf(() => subgraphConfig(seajust, { DATABASE_URL: 'postgres://db/seajust', ...env }));
    expect(problems({})).toMatch(/SUBGRAPH_SECRET: required[\s\S]*GATEWAY_PUBLIC_KEY: /);
    expect(problems({ ...gatewayKey, SUBGRAPH_SECRET: 'short' })).toMatch(
      /SUBGRAPH_SECRET: must be at least 32 characters/,
    );
    expect(problems({ SUBGRAPH_SECRET: SECRET, GATEWAY_PUBLIC_KEY: PRIVATE_PEM })).toMatch(
      /GATEWAY_PUBLIC_KEY: must be the PEM public key/,
    );
  });

  it("has no default for the gateway's keys, wants exactly one identity provider key source, and bounds token lifetimes", () => {
    const problems = (env: Record<string, string>) => problemsOf(() => gatewayConfig(NETWORKS, { ...secrets, ...env }));
    expect(problems({})).toMatch(/JWT_ISSUER: required[\s\S]*JWT_AUDIENCE: required[\s\S]*GATEWAY_SIGNING_KEY: /);
    expect(problems({ ...tokens, JWT_JWKS_URL: 'https://issuer.example/jwks.json' })).toMatch(
      /exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY/,
    );
    const { JWT_PUBLIC_KEY: _unused, ...noKey } = tokens;
    expect(problems(noKey)).toMatch(/exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY/);
    expect(problems({ ...tokens, JWT_ISSUER: 'urn:jcn:service:casc' })).toMatch(
      /JWT_ISSUER: must be the identity provider's issuer/,
    );
    expect(problems({ ...tokens, SERVICE_PUBLIC_KEY_CASC: PRIVATE_PEM })).toMatch(
      /SERVICE_PUBLIC_KEY_CASC: must be the PEM public key/,
    );
    const c = gatewayConfig(NETWORKS, { ...secrets, ...tokens, SERVICE_PUBLIC_KEY_WACAP: PEM });
    expect(c.tokens).toMatchObject({
      jwksCacheSeconds: 60,
      maxLifetimeSeconds: 12 * 3600,
      servicePublicKeys: { wacap: PEM },
    });
    expect(Object.keys(c.tokens.servicePublicKeys)).toEqual(['wacap']);
    expect(problems({ ...tokens, JWT_MAX_LIFETIME_SECONDS: String(30 * 86_400) })).toMatch(/JWT_MAX_LIFETIME_SECONDS/);
  });

  it("gives the console the identity provider's issuer unless told otherwise, and wants an http(s) URL for it", () => {
    const problems = (env: Record<string, string>) =>
      problemsOf(() => gatewayConfig(NETWORKS, { ...secrets, ...tokens, ...env }));
    expect(gatewayConfig(NETWORKS, { ...secrets, ...tokens }).console.signIn).toEqual({
      issuer: 'https://issuer.example',
      clientId: 'jcn-console',
      resource: 'jcn-hub',
    });
    expect(problems({ CONSOLE_OIDC_ISSUER: 'login.example.org' })).toMatch(
      /CONSOLE_OIDC_ISSUER: must be the http\(s\) issuer URL/,
    );
    expect(problems({ JWT_ISSUER: 'jcn-idp' })).toMatch(
      /CONSOLE_OIDC_ISSUER: .*defaults to JWT_ISSUER, which is "jcn-idp"/,
    );
    expect(problems({ JWT_ISSUER: 'jcn-idp', CONSOLE_OIDC_ISSUER: 'https://login.example.org/realms/jcn' })).toBe('');
  });

  it('needs a signing key for the outbox when a gateway URL is given, and reads one-line PEM values', () => {
    const base = {
      DATABASE_URL: 'postgres://app@db/seajust',
      SUBGRAPH_SECRET: SECRET,
      ...gatewayKey,
      GATEWAY_URL: 'http://gateway:4000/graphql',
    };
    expect(() => subgraphConfig(seajust, base)).toThrow(/SERVICE_SIGNING_KEY: required with GATEWAY_URL/);
    const c = subgraphConfig(seajust, {
      ...base,
      SERVICE_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----',
    });
    expect(c.SERVICE_SIGNING_KEY).toBe('-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----');
  });

  it('tells the secretariat of arrivals only when asked and given its address, and sends its weekly digest unless told not to', () => {
    const base = { DATABASE_URL: 'postgres://app@db/seajust', SUBGRAPH_SECRET: SECRET, ...gatewayKey };
    const c = subgraphConfig(seajust, base);
    expect([c.SECRETARIAT_NOTIFY_ARRIVALS, c.SECRETARIAT_DIGEST, c.DIGEST_CHECK_MS]).toEqual(['off', 'weekly', 60_000]);
    expect(() => subgraphConfig(seajust, { ...base, SECRETARIAT_NOTIFY_ARRIVALS: 'on' })).toThrow(
      /SECRETARIAT_EMAIL: required with SECRETARIAT_NOTIFY_ARRIVALS=on/,
    );
    expect(() => subgraphConfig(seajust, { ...base, SECRETARIAT_DIGEST: 'daily' })).toThrow(/SECRETARIAT_DIGEST/);
    const on = subgraphConfig(seajust, {
      ...base,
      SECRETARIAT_NOTIFY_ARRIVALS: 'on',
      SECRETARIAT_EMAIL: 'secretariat@seajust.example',
      SECRETARIAT_DIGEST: 'none',
    });
    expect([on.SECRETARIAT_NOTIFY_ARRIVALS, on.SECRETARIAT_DIGEST]).toEqual(['on', 'none']);
  });

  it('takes one subgraph URL per registry network for the gateway', () => {
    const c = gatewayConfig(NETWORKS, {
      SUBGRAPH_URL_SEAJUST: 'https://seajust.example/graphql',
      NODE_ENV: 'production',
      ...tokens,
      ...secrets,
    });
    expect(c.subgraphUrls).toEqual({
      casc: 'http://127.0.0.1:4101/graphql',
      wacap: 'http://127.0.0.1:4102/graphql',
      gljc: 'http://127.0.0.1:4103/graphql',
      seajust: 'https://seajust.example/graphql',
    });
    expect(c.production).toBe(true);
    expect(c.subgraphSecrets.gljc).toBe(SECRET);
    expect(() => gatewayConfig(NETWORKS, { SUBGRAPH_URL_CASC: 'not a url', ...tokens, ...secrets })).toThrow(
      /SUBGRAPH_URL_CASC/,
    );
    expect(() => gatewayConfig(NETWORKS, tokens)).toThrow(/SUBGRAPH_SECRET_CASC: required/);
  });

  it('has defaults for workers and subgraph calls, and refuses values out of range', () => {
    const c = gatewayConfig(NETWORKS, { ...tokens, ...secrets });
    expect(c.workers).toBe(1);
    expect(c.subgraphs).toEqual({ timeoutMs: 30_000, maxResponseBytes: 8_000_000, maxSockets: 256, dedupe: true });
    const tuned = gatewayConfig(NETWORKS, {
      ...tokens,
      ...secrets,
      GATEWAY_WORKERS: '2',
      SUBGRAPH_TIMEOUT_MS: '5000',
      SUBGRAPH_MAX_SOCKETS: '32',
      SUBGRAPH_DEDUPE: 'off',
      SUBGRAPH_MAX_RESPONSE_BYTES: '2000000',
    });
    expect(tuned.workers).toBe(2);
    expect(tuned.subgraphs).toEqual({ timeoutMs: 5000, maxResponseBytes: 2_000_000, maxSockets: 32, dedupe: false });
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS/);
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, SUBGRAPH_TIMEOUT_MS: '10' })).toThrow(
      /SUBGRAPH_TIMEOUT_MS/,
    );
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, SUBGRAPH_DEDUPE: 'yes' })).toThrow(/SUBGRAPH_DEDUPE/);
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, SUBGRAPH_MAX_RESPONSE_BYTES: '10' })).toThrow(
      /SUBGRAPH_MAX_RESPONSE_BYTES/,
    );
  });

  it('has defaults for the cost, nesting and response limits, and reports bad values together', () => {
    const c = gatewayConfig(NETWORKS, { ...tokens, ...secrets });
    expect(c.limits).toMatchObject({ maxCost: 5000, maxListNesting: 2 });
    expect(c.maxResponseBytes).toBe(4_000_000);
    const tuned = gatewayConfig(NETWORKS, {
      ...tokens,
      ...secrets,
      MAX_COST: '20000',
      MAX_LIST_NESTING: '3',
      MAX_RESPONSE_BYTES: '1000000',
    });
    expect(tuned.limits).toMatchObject({ maxCost: 20_000, maxListNesting: 3 });
    expect(tuned.maxResponseBytes).toBe(1_000_000);
    expect(() =>
      gatewayConfig(NETWORKS, { ...tokens, ...secrets, MAX_LIST_NESTING: '0', MAX_RESPONSE_BYTES: '10' }),
    ).toThrow(/MAX_LIST_NESTING[\s\S]*MAX_RESPONSE_BYTES/);
  });

  it('bounds entity jumps and planning time by default, and shows the query plan only when asked, never in production', () => {
    const c = gatewayConfig(NETWORKS, { ...tokens, ...secrets });
    expect(c.limits).toMatchObject({ maxEntityJumpNesting: 3, maxEntityJumps: 20 });
    expect(c.planning).toEqual({ timeoutMs: 10_000, exposePlan: false });
    const tuned = gatewayConfig(NETWORKS, {
      ...tokens,
      ...secrets,
      MAX_ENTITY_JUMP_NESTING: '4',
      MAX_ENTITY_JUMPS: '40',
      PLANNING_TIMEOUT_MS: '2000',
      EXPOSE_QUERY_PLAN: 'on',
    });
    expect(tuned.limits).toMatchObject({ maxEntityJumpNesting: 4, maxEntityJumps: 40 });
    expect(tuned.planning).toEqual({ timeoutMs: 2000, exposePlan: true });
    expect(() =>
      gatewayConfig(NETWORKS, { ...tokens, ...secrets, MAX_ENTITY_JUMP_NESTING: '0', PLANNING_TIMEOUT_MS: '10' }),
    ).toThrow(/MAX_ENTITY_JUMP_NESTING[\s\S]*PLANNING_TIMEOUT_MS/);
    expect(() =>
      gatewayConfig(NETWORKS, { NODE_ENV: 'production', ...tokens, ...secrets, EXPOSE_QUERY_PLAN: 'on' }),
    ).toThrow(/EXPOSE_QUERY_PLAN: shows callers the query plan/);
  });

  it('limits slow clients, greedy callers and load by default, and refuses a headers timeout longer than the request', () => {
    const c = gatewayConfig(NETWORKS, { ...tokens, ...secrets });
    expect(c.server).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 65_000,
      sendTimeoutMs: 30_000,
      maxHeadersCount: 100,
    });
    expect(c.callers).toEqual({
      caller: { inFlight: 32, perMinute: 1200 },
      service: { inFlight: 128, perMinute: 12_000 },
      trustedProxyHops: 0,
    });
    expect(c.shedding).toEqual({ maxEventLoopDelayMs: 200, maxInFlight: 256 });
    const subgraph = { DATABASE_URL: 'postgres://u:p@db:5432/seajust', SUBGRAPH_SECRET: SECRET, ...gatewayKey };
    expect(subgraphConfig(seajust, { ...subgraph, HTTP_SEND_TIMEOUT_MS: '5000' })).toMatchObject({
      HTTP_HEADERS_TIMEOUT_MS: 10_000,
      HTTP_SEND_TIMEOUT_MS: 5000,
    });
    const longHeaders = { HTTP_HEADERS_TIMEOUT_MS: '40000', HTTP_REQUEST_TIMEOUT_MS: '30000' };
    expect(() => gatewayConfig(NETWORKS, { ...tokens, ...secrets, ...longHeaders })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS: must be at most HTTP_REQUEST_TIMEOUT_MS/,
    );
    expect(() => subgraphConfig(seajust, { ...subgraph, ...longHeaders })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
    expect(() =>
      gatewayConfig(NETWORKS, { ...tokens, ...secrets, CALLER_MAX_IN_FLIGHT: '0', SHED_EVENT_LOOP_DELAY_MS: 'x' }),
    ).toThrow(/CALLER_MAX_IN_FLIGHT[\s\S]*SHED_EVENT_LOOP_DELAY_MS/);
  });

  it('takes the application role from DATABASE_URL and another role, the owner, from MIGRATION_DATABASE_URL', () => {
    const base = { SUBGRAPH_SECRET: SECRET, ...gatewayKey };
    const c = subgraphConfig(seajust, {
      ...base,
      DATABASE_URL: 'postgres://jcn_app:a@db/seajust',
      MIGRATION_DATABASE_URL: 'postgres://jcn_owner:o@db/seajust',
    });
    expect(c).toMatchObject({
      DATABASE_URL: 'postgres://jcn_app:a@db/seajust',
      MIGRATION_DATABASE_URL: 'postgres://jcn_owner:o@db/seajust',
    });
    expect(
      subgraphConfig(seajust, { ...base, DATABASE_URL: 'postgres://jcn_app:a@db/seajust' }).MIGRATION_DATABASE_URL,
    ).toBeUndefined();
    expect(() => subgraphConfig(seajust, { ...base, DATABASE_URL: 'postgres://db:5432/seajust' })).toThrow(
      /DATABASE_URL: must name its role/,
    );
    expect(() =>
      subgraphConfig(seajust, {
        ...base,
        DATABASE_URL: 'postgres://jcn:a@db/seajust',
        MIGRATION_DATABASE_URL: 'postgres://jcn:a@db/seajust',
      }),
    ).toThrow(/MIGRATION_DATABASE_URL: must name the owner, another role than DATABASE_URL/);
  });
});

describe('secrets in production', () => {
  /** The values .env.example gives, as docker-compose would pass them. */
  const example = Object.fromEntries(
    [...readFileSync(join(__dirname, '..', '.env.example'), 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [
      m[1]!,
      m[2]!.trim(),
    ]),
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
    ...gatewayKey,
    DATABASE_URL: `postgres://jcn_app:${example.SEAJUST_DB_APP_PASSWORD}@seajust-db:5432/seajust`,
    MIGRATION_DATABASE_URL: `postgres://jcn_owner:${example.SEAJUST_DB_OWNER_PASSWORD}@seajust-db:5432/seajust`,
    SUBGRAPH_SECRET: example.SEAJUST_SUBGRAPH_SECRET,
    STATISTICS_SECRET: example.SEAJUST_STATISTICS_SECRET,
    GATEWAY_URL: 'http://gateway:4000/graphql',
    SERVICE_SIGNING_KEY: example.SEAJUST_SERVICE_SIGNING_KEY,
  });
  const gatewayEnv = (nodeEnv: string) => ({
    NODE_ENV: nodeEnv,
    ...tokens,
    GATEWAY_SIGNING_KEY: example.GATEWAY_SIGNING_KEY,
    ...Object.fromEntries(NETWORKS.map((n) => [`SUBGRAPH_SECRET_${n.code}`, example[`${n.code}_SUBGRAPH_SECRET`]])),
  });

  it('refuses every placeholder of .env.example in a subgraph, naming each variable, passwords inside URLs included', () => {
    const found = problems(() => subgraphConfig(seajust, subgraphEnv('production')));
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'MIGRATION_DATABASE_URL',
      'SERVICE_SIGNING_KEY',
      'STATISTICS_SECRET',
      'SUBGRAPH_SECRET',
    ]);
    expect(found.join('\n')).toMatch(
      /DATABASE_URL: its password is a placeholder: generate a real value, e.g. openssl rand -hex 24 \(NODE_ENV=production\)/,
    );
    expect(found.join('\n')).not.toContain(example.SEAJUST_DB_APP_PASSWORD);
  });

  it('refuses every placeholder of .env.example in the gateway', () => {
    const found = problems(() => gatewayConfig(NETWORKS, gatewayEnv('production')));
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(
      ['GATEWAY_SIGNING_KEY', ...NETWORKS.map((n) => `SUBGRAPH_SECRET_${n.code}`)].sort(),
    );
  });

  it('refuses obviously weak values and accepts generated ones', () => {
    const withSecret = (secret: string, password: string) =>
      problems(() =>
        subgraphConfig(seajust, {
          NODE_ENV: 'production',
          ...gatewayKey,
          SUBGRAPH_SECRET: secret,
          STATISTICS_SECRET: randomBytes(32).toString('base64url'),
          DATABASE_URL: `postgres://jcn_app:${password}@db/seajust`,
        }),
      );
    expect(withSecret('x'.repeat(40), 'hunter2').sort()).toEqual([
      'DATABASE_URL: its password is too short for production: use at least 16 random characters, e.g. openssl rand -hex 24 (NODE_ENV=production)',
      'SUBGRAPH_SECRET: is not random: generate a real value, e.g. openssl rand -hex 24 (NODE_ENV=production)',
    ]);
    expect(
      withSecret(`my-subgraph-secret-${SECRET}`, `Password${SECRET}`)
        .map((p) => p.split(':')[0])
        .sort(),
    ).toEqual(['DATABASE_URL', 'SUBGRAPH_SECRET']);
    expect(withSecret(randomBytes(32).toString('base64url'), randomBytes(24).toString('hex'))).toEqual([]);
    // Certificate or peer authentication: no password to judge.
    expect(
      problems(() =>
        subgraphConfig(seajust, {
          NODE_ENV: 'production',
          ...gatewayKey,
          SUBGRAPH_SECRET: SECRET,
          STATISTICS_SECRET: SECRET.split('').reverse().join(''),
          DATABASE_URL: 'postgres://jcn_app@db/seajust',
        }),
      ),
    ).toEqual([]);
    // The statistics secret has no default in production: every network keys its own records.
    expect(
      problems(() =>
        subgraphConfig(seajust, {
          NODE_ENV: 'production',
          ...gatewayKey,
          SUBGRAPH_SECRET: SECRET,
          DATABASE_URL: 'postgres://jcn_app@db/seajust',
        }),
      ).map((p) => p.split(':')[0]),
    ).toEqual(['STATISTICS_SECRET']);
  });

  it('lets development and tests use them', () => {
    expect(problems(() => subgraphConfig(seajust, subgraphEnv('development')))).toEqual([]);
    expect(problems(() => gatewayConfig(NETWORKS, gatewayEnv('test')))).toEqual([]);
  });
});
