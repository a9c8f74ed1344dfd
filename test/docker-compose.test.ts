/**
 * docker-compose.yml must match the network registry: one database and one
 * subgraph per network, a gateway that knows every subgraph, only the gateway
 * reachable from the host, each network's services on networks of their own, and
 * every required secret documented in .env.example.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { NETWORKS } from '#shared/registry';
import { NODE_HEAP_OPTIONS } from '../scripts/lib/heap';

const ROOT = join(__dirname, '..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const ENV_EXAMPLE = join(ROOT, '.env.example');
const GATEWAY = 'gateway';

type Service = Record<string, unknown>;

const composeText = readFileSync(COMPOSE_FILE, 'utf8');
const compose = parse(composeText) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  networks?: Record<string, unknown>;
};
const services = compose.services;

/** `${VAR}`, `${VAR:?message}`, `${VAR:-default}`…; `$${…}` is an escaped literal, not a variable. */
const INTERPOLATION = /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)((?::?[-?+])[^}]*)?\}/g;

/** Replaces every interpolation with a fixed value, so URLs can be parsed. */
const substitute = (s: string, value = 'secret') => s.replace(INTERPOLATION, value);

/** `environment:` as a map, whether the file writes it as a map or as a list of KEY=VALUE. */
function environmentOf(service: Service): Record<string, string> {
  const env = service.environment;
  if (env == null) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry: string) => {
        const i = entry.indexOf('=');
        return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env as Record<string, unknown>).map(([k, v]) => [k, String(v ?? '')]));
}

/** `command:` as one string, whether written as a string or a list. */
function commandOf(service: Service): string {
  const cmd = service.command;
  return Array.isArray(cmd) ? cmd.join(' ') : String(cmd ?? '');
}

/** The healthcheck test as one string, or undefined when there is none. */
function healthcheckOf(service: Service): string | undefined {
  const hc = service.healthcheck as { test?: unknown; disable?: boolean } | undefined;
  if (!hc || hc.disable || hc.test == null) return undefined;
  return Array.isArray(hc.test) ? hc.test.join(' ') : String(hc.test);
}

/** depends_on as service -> condition (the short list form means service_started). */
function dependsOnOf(service: Service): Record<string, string> {
  const deps = service.depends_on;
  if (deps == null) return {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d: string) => [d, 'service_started']));
  return Object.fromEntries(
    Object.entries(deps as Record<string, { condition?: string } | null>).map(([k, v]) => [
      k,
      v?.condition ?? 'service_started',
    ]),
  );
}

/** Variables that .env.example assigns (KEY=value lines, comments ignored). */
function envExampleVariables(): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of readFileSync(ENV_EXAMPLE, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (m) vars.set(m[1], m[2].trim());
  }
  return vars;
}

function onPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, binary), constants.X_OK);
      return join(dir, binary);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const passwordVar = (code: string) => `${code}_DB_PASSWORD`;
const ownerPasswordVar = (code: string) => `${code}_DB_OWNER_PASSWORD`;
const appPasswordVar = (code: string) => `${code}_DB_APP_PASSWORD`;
/** `${VAR:?message}`: a required secret, no default. */
const required = (name: string) => new RegExp(`^\\$\\{${name}:\\?[^}]+\\}$`);

describe('docker-compose.yml', () => {
  it('has no obsolete top-level `version:` key', () => {
    expect(compose).not.toHaveProperty('version');
  });

  it('has exactly one database, one migration job and one subgraph per registry network, plus the gateway', () => {
    const expected = [...NETWORKS.flatMap((n) => [`${n.key}-db`, `${n.key}-migrate`, n.key]), GATEWAY].sort();
    expect(Object.keys(services).sort()).toEqual(expected);
  });

  describe.each(NETWORKS.map((n) => [n.code, n] as const))('network %s', (_code, network) => {
    const dbName = `${network.key}-db`;

    it(`has a ${network.key}-db PostgreSQL service with its own database, volume and healthcheck`, () => {
      const db = services[dbName];
      expect(db).toBeDefined();
      expect(String(db.image)).toMatch(/^postgres:17/);
      const env = environmentOf(db);
      expect(env.POSTGRES_DB).toBe(network.key);
      expect(env.POSTGRES_USER).toBeTruthy();
      // The password is a required secret: no default, a clear error when missing.
      expect(env.POSTGRES_PASSWORD).toMatch(required(passwordVar(network.code)));
      expect(healthcheckOf(db)).toMatch(/pg_isready/);
      // Data lives in a named volume declared at the top level.
      const volumes = (db.volumes ?? []) as string[];
      const named = volumes.map((v) => String(v).split(':')[0]).filter((v) => compose.volumes && v in compose.volumes);
      expect(named).toHaveLength(1);
    });

    it(`makes the owner and the application role of ${network.key}'s database with the committed init script`, () => {
      const env = environmentOf(services[dbName]);
      expect(env.JCN_OWNER_ROLE).toMatch(/^[a-z_][a-z0-9_]*$/);
      expect(env.JCN_APP_ROLE).toMatch(/^[a-z_][a-z0-9_]*$/);
      expect(new Set([env.POSTGRES_USER, env.JCN_OWNER_ROLE, env.JCN_APP_ROLE]).size).toBe(3);
      expect(env.JCN_OWNER_PASSWORD).toMatch(required(ownerPasswordVar(network.code)));
      expect(env.JCN_APP_PASSWORD).toMatch(required(appPasswordVar(network.code)));
      // Host file -> container path, read-only: the script under /docker-entrypoint-initdb.d, the SQL where the script reads it.
      const mounts = Object.fromEntries(
        ((services[dbName].volumes ?? []) as string[])
          .filter((v) => String(v).startsWith('./'))
          .map((v) => {
            const [host, container, mode] = String(v).split(':');
            expect(mode).toBe('ro');
            expect(existsSync(join(ROOT, host!))).toBe(true);
            return [container!, host!];
          }),
      );
      expect(mounts).toEqual({
        '/docker-entrypoint-initdb.d/10-jcn-roles.sh': './deploy/postgres/init-roles.sh',
        '/jcn/roles.sql': './deploy/postgres/roles.sql',
      });
      expect(readFileSync(join(ROOT, 'deploy/postgres/init-roles.sh'), 'utf8')).toContain('/jcn/roles.sql');
    });

    it(`migrates ${network.key} as the owner in a job of its own, and gives the subgraph only the application role`, () => {
      const db = environmentOf(services[dbName]);
      const env = environmentOf(services[network.key]);
      const job = services[`${network.key}-migrate`];
      const jobEnv = environmentOf(job);
      const app = new URL(substitute(env.DATABASE_URL));
      const owner = new URL(substitute(jobEnv.MIGRATION_DATABASE_URL));
      expect(env.DATABASE_URL).toContain(`\${${appPasswordVar(network.code)}:?`);
      expect(jobEnv.MIGRATION_DATABASE_URL).toContain(`\${${ownerPasswordVar(network.code)}:?`);
      expect(app.username).toBe(db.JCN_APP_ROLE);
      expect(owner.username).toBe(db.JCN_OWNER_ROLE);
      expect(jobEnv.APPLICATION_ROLE).toBe(db.JCN_APP_ROLE);
      expect(`${owner.host}${owner.pathname}`).toBe(`${app.host}${app.pathname}`);
      expect(commandOf(job)).toBe('migrate');
      expect(job.restart).toBe('no');
      expect(dependsOnOf(job)).toEqual({ [dbName]: 'service_healthy' });
      // Each password reaches only the services that log in with it: the superuser's the database, the owner's the job.
      const holders = (variable: string) =>
        Object.entries(services)
          .filter(([, svc]) => JSON.stringify(svc).includes(`\${${variable}`))
          .map(([name]) => name)
          .sort();
      expect(holders(passwordVar(network.code))).toEqual([dbName]);
      expect(holders(ownerPasswordVar(network.code))).toEqual([dbName, `${network.key}-migrate`].sort());
      expect(env.MIGRATION_DATABASE_URL).toBeUndefined();
    });

    it(`has a ${network.key} subgraph service wired to its database and registry port`, () => {
      const sg = services[network.key];
      expect(sg).toBeDefined();
      expect(sg.build).toBeDefined();
      expect(commandOf(sg)).toBe(network.key);

      const env = environmentOf(sg);
      expect(Number(env.PORT)).toBe(network.port);
      expect(env.HOST).toBe('0.0.0.0');
      expect(env.NODE_ENV).toBe('production');
      expect(env.NODE_OPTIONS).toBe(NODE_HEAP_OPTIONS.subgraph);

      // DATABASE_URL: postgres://<application role>:${<CODE>_DB_APP_PASSWORD:?…}@<key>-db:5432/<key>
      expect(env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
      const url = new URL(substitute(env.DATABASE_URL));
      expect(url.hostname).toBe(dbName);
      expect(url.pathname).toBe(`/${network.key}`);

      expect(dependsOnOf(sg)).toEqual({
        [dbName]: 'service_healthy',
        [`${network.key}-migrate`]: 'service_completed_successfully',
      });

      const hc = healthcheckOf(sg);
      expect(hc).toBeDefined();
      expect(hc).toContain(`:${network.port}/health`);

      expect((sg.expose ?? []) as unknown[]).toContainEqual(String(network.port));
    });
  });

  describe('gateway', () => {
    const gateway = services[GATEWAY];
    const env = environmentOf(gateway);

    it('runs the gateway in production on port 4000 with the committed supergraph', () => {
      expect(gateway.build).toBeDefined();
      expect(commandOf(gateway)).toBe('gateway');
      expect(env.PORT).toBe('4000');
      expect(env.HOST).toBe('0.0.0.0');
      expect(env.NODE_ENV).toBe('production');
      expect(env.NODE_OPTIONS).toBe(NODE_HEAP_OPTIONS.gateway);
      expect(env.SUPERGRAPH_PATH).toBe('gateway/supergraph.graphql');
    });

    it('has SUBGRAPH_URL_<CODE> for every network, pointing at its service, and no others', () => {
      const expected = Object.fromEntries(
        NETWORKS.map((n) => [`SUBGRAPH_URL_${n.code}`, `http://${n.key}:${n.port}/graphql`]),
      );
      const actual = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('SUBGRAPH_URL_')));
      expect(actual).toEqual(expected);
    });

    it('has SUBGRAPH_SECRET_<CODE> for every network, the same value each subgraph expects', () => {
      for (const n of NETWORKS) {
        expect(env[`SUBGRAPH_SECRET_${n.code}`]).toMatch(new RegExp(`^\\$\\{${n.code}_SUBGRAPH_SECRET:\\?`));
        expect(environmentOf(services[n.key]).SUBGRAPH_SECRET).toBe(env[`SUBGRAPH_SECRET_${n.code}`]);
      }
    });

    it("is where every subgraph's outbox delivers referrals, each with its own signing key", () => {
      for (const n of NETWORKS) {
        const sg = environmentOf(services[n.key]);
        expect(sg.GATEWAY_URL).toBe('http://gateway:4000/graphql');
        expect(sg.SERVICE_SIGNING_KEY).toMatch(new RegExp(`^\\$\\{${n.code}_SERVICE_SIGNING_KEY:\\?`));
      }
    });

    it("alone verifies people's tokens, signs each subgraph call with its own key, and binds each outbox key to its network", () => {
      for (const name of ['JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_JWKS_URL', 'GATEWAY_SIGNING_KEY']) {
        expect(env[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`));
        for (const n of NETWORKS) expect(environmentOf(services[n.key])[name]).toBeUndefined();
      }
      for (const n of NETWORKS) {
        expect(env[`SERVICE_PUBLIC_KEY_${n.code}`]).toMatch(new RegExp(`^\\$\\{${n.code}_SERVICE_PUBLIC_KEY:\\?`));
        expect(environmentOf(services[n.key]).GATEWAY_PUBLIC_KEY).toMatch(/^\$\{GATEWAY_PUBLIC_KEY:\?/);
      }
    });

    it('waits for every subgraph to be healthy', () => {
      expect(dependsOnOf(gateway)).toEqual(Object.fromEntries(NETWORKS.map((n) => [n.key, 'service_healthy'])));
    });

    it('has a healthcheck on its /health', () => {
      expect(healthcheckOf(gateway)).toContain(':4000/health');
    });
  });

  it('builds every service but the databases from the one image, which runs compiled JavaScript', () => {
    const built = Object.entries(services).filter(([, s]) => s.build !== undefined);
    expect(built.map(([name]) => name).sort()).toEqual(
      Object.keys(services)
        .filter((name) => !name.endsWith('-db'))
        .sort(),
    );
    expect(Object.values(services).map(commandOf).join(' ')).not.toMatch(/tsx|\.ts\b/);
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(final).toMatch(/^ENTRYPOINT \["node", "start\.js"\]$/m);
    expect(final).toMatch(/^COPY --from=build \/app\/dist \.\/$/m);
    // Production dependencies only, and no TypeScript sources in the image that runs.
    expect(final).toMatch(/^COPY --from=runtime-deps \/app\/node_modules/m);
    expect(dockerfile).toMatch(/AS runtime-deps\n[^]*npm ci --omit=dev/);
    expect(final).not.toMatch(/tsx|COPY (shared|gateway|subgraphs) /);
  });

  it("builds an image whose default NODE_OPTIONS are the gateway's heap settings (its default command)", () => {
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(
      new RegExp(`^ENV NODE_OPTIONS=${NODE_HEAP_OPTIONS.gateway}$`, 'm'),
    );
  });

  it('publishes ports only from the gateway', () => {
    const publishing = Object.entries(services)
      .filter(([, s]) => Array.isArray(s.ports) && s.ports.length > 0)
      .map(([name]) => name);
    expect(publishing).toEqual([GATEWAY]);
    expect((services[GATEWAY].ports as unknown[]).map(String)).toContainEqual(expect.stringMatching(/(^|:)4000:4000$/));
  });

  it("puts each network's services on networks of their own: its database reached only by its subgraph and migration job, its subgraph only by the gateway", () => {
    const declared = (compose.networks ?? {}) as Record<string, { internal?: boolean } | null>;
    /** `networks:` as a list of names, whether written as a list or a map; none means the default network. */
    const networksOf = (name: string): string[] => {
      const networks = services[name]!.networks;
      if (networks == null) return ['default'];
      return Array.isArray(networks) ? networks.map(String) : Object.keys(networks as Record<string, unknown>);
    };
    /** The services that share a network with `name`: those it can reach, and that can reach it. */
    const reach = (name: string) =>
      Object.keys(services)
        .filter((other) => other !== name && networksOf(other).some((n) => networksOf(name).includes(n)))
        .sort();
    for (const n of NETWORKS) {
      expect([`${n.key}-db`, reach(`${n.key}-db`)]).toEqual([`${n.key}-db`, [n.key, `${n.key}-migrate`].sort()]);
      expect([`${n.key}-migrate`, reach(`${n.key}-migrate`)]).toEqual([
        `${n.key}-migrate`,
        [`${n.key}-db`, n.key].sort(),
      ]);
      expect([n.key, reach(n.key)]).toEqual([n.key, [`${n.key}-db`, `${n.key}-migrate`, GATEWAY].sort()]);
    }
    expect(reach(GATEWAY)).toEqual(NETWORKS.map((n) => n.key).sort());
    // Every network used is declared, and only the gateway's own leads outside.
    const used = new Set(Object.keys(services).flatMap(networksOf));
    for (const network of used) expect([network, network in declared]).toEqual([network, true]);
    const outside = [...used].filter((network) => declared[network]?.internal !== true);
    expect(outside).toHaveLength(1);
    expect(Object.keys(services).filter((name) => networksOf(name).includes(outside[0]!))).toEqual([GATEWAY]);
  });

  it('documents every interpolated variable in .env.example', () => {
    const used = new Set([...composeText.matchAll(INTERPOLATION)].map((m) => m[1]));
    const requiredVars = new Set(
      [...composeText.matchAll(INTERPOLATION)].filter((m) => m[2]?.startsWith(':?')).map((m) => m[1]),
    );
    // Every network's database passwords are required secrets.
    for (const n of NETWORKS)
      for (const v of [passwordVar, ownerPasswordVar, appPasswordVar]) expect([...requiredVars]).toContain(v(n.code));

    const documented = envExampleVariables();
    const missing = [...used].filter((v) => !documented.has(v));
    expect(missing).toEqual([]);
  });

  it('.env.example tells how to generate real secrets', () => {
    expect(readFileSync(ENV_EXAMPLE, 'utf8')).toMatch(/^#.*openssl rand/m);
  });

  const dockerCompose = onPath('docker-compose');
  const itWithCompose = dockerCompose ? it : it.skip;
  const composeEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };

  itWithCompose(
    `is valid for \`docker-compose config\`${dockerCompose ? '' : ' (skipped: docker-compose is not on PATH)'}`,
    () => {
      expect(() =>
        execFileSync(dockerCompose!, ['-f', 'docker-compose.yml', '--env-file', '.env.example', 'config', '-q'], {
          cwd: ROOT,
          env: composeEnv,
          stdio: 'pipe',
        }),
      ).not.toThrow();
    },
  );

  itWithCompose(
    `refuses to start without the secrets${dockerCompose ? '' : ' (skipped: docker-compose is not on PATH)'}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'jcn-compose-'));
      try {
        const emptyEnv = join(dir, 'empty.env');
        writeFileSync(emptyEnv, '');
        let stderr = '';
        expect(() => {
          try {
            execFileSync(dockerCompose!, ['-f', 'docker-compose.yml', '--env-file', emptyEnv, 'config', '-q'], {
              cwd: ROOT,
              env: composeEnv,
              stdio: 'pipe',
            });
          } catch (err) {
            stderr = String((err as { stderr?: Buffer }).stderr ?? '');
            throw err;
          }
        }).toThrow();
        expect(stderr).toMatch(/_DB_PASSWORD/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
