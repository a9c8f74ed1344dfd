/**
 * SQL statements per request, by query shape, at two result sizes: the
 * subgraphs and the gateway in this process (over HTTP on loopback), each
 * subgraph's data source counting the statements it sends, on the benchmark's
 * seeded databases.
 */
import { servicePublicKeyVar } from '../shared/src/auth/config';
import type { DevIdentity } from '../shared/src/auth/dev-keys';
import { DEV_AUDIENCE, DEV_ISSUER } from '../shared/src/auth/dev-keys';
import { createExchangedTokenVerifier, createTokenVerifier } from '../shared/src/auth/tokens';
import { NETWORKS } from '../shared/src/registry';
import { createDataSource, StatementCounter } from '../subgraphs/src/db/data-source';
import { createSubgraph } from '../subgraphs/src/subgraph';
import { gatewayConfig, subgraphSecretVar, subgraphUrlVar } from '../gateway/src/config';
import { createGateway } from '../gateway/src/gateway';

export interface Shape {
  name: string;
  query: string;
  token: string;
  /** The two sizes: a label and the variables of each. */
  sizes: [{ label: string; variables: Record<string, unknown> }, { label: string; variables: Record<string, unknown> }];
}

export interface ShapeCount {
  name: string;
  counts: { label: string; statements: number }[];
}

export async function statementsPerShape(
  databaseUrl: (key: string) => string,
  identity: DevIdentity,
  secrets: Record<string, string>,
  shapes: (urls: { gateway: string }) => Promise<Shape[]>,
): Promise<ShapeCount[]> {
  const parts = await Promise.all(
    NETWORKS.map(async (n) => {
      const counter = new StatementCounter();
      const ds = createDataSource({ url: databaseUrl(n.key), poolSize: 4, counter });
      await ds.initialize();
      const verifyToken = await createExchangedTokenVerifier(identity.gateway.publicKeyPem, n.key, NETWORKS);
      const server = await createSubgraph(n, { ds, registry: NETWORKS, production: true, verifyToken, secret: secrets[n.key]!, log: () => undefined }).listen(0);
      return { n, counter, ds, server };
    }),
  );
  const config = gatewayConfig(NETWORKS, {
    PORT: '0',
    NODE_ENV: 'production',
    JWT_ISSUER: DEV_ISSUER,
    JWT_AUDIENCE: DEV_AUDIENCE,
    JWT_PUBLIC_KEY: identity.idp.publicKeyPem,
    GATEWAY_SIGNING_KEY: identity.gateway.privateKeyPem,
    ...Object.fromEntries(NETWORKS.map((n) => [servicePublicKeyVar(n.code), identity.services[n.key]!.publicKeyPem])),
    // Each request is counted on its own: nothing shared between requests.
    SUBGRAPH_DEDUPE: 'off',
    ...Object.fromEntries(parts.map((p) => [subgraphUrlVar(p.n.code), p.server.url])),
    ...Object.fromEntries(parts.map((p) => [subgraphSecretVar(p.n.code), secrets[p.n.key]!])),
  });
  const gateway = await createGateway(config, await createTokenVerifier(config.tokens, NETWORKS), NETWORKS, () => undefined).listen(0);
  const total = () => parts.reduce((sum, p) => sum + p.counter.count, 0);
  try {
    const out: ShapeCount[] = [];
    for (const shape of await shapes({ gateway: gateway.url })) {
      const counts: ShapeCount['counts'] = [];
      for (const size of shape.sizes) {
        const before = total();
        const res = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${shape.token}` },
          body: JSON.stringify({ query: shape.query, variables: size.variables }),
        });
        const json = (await res.json()) as { errors?: unknown[] };
        if (!res.ok || json.errors) throw new Error(`${shape.name} (${size.label}) failed: ${JSON.stringify(json.errors).slice(0, 300)}`);
        // Audit entries are written before the response leaves, so the count is complete here.
        counts.push({ label: size.label, statements: total() - before });
      }
      out.push({ name: shape.name, counts });
    }
    return out;
  } finally {
    await gateway.close();
    for (const p of parts) {
      await p.server.close();
      await p.ds.destroy();
    }
  }
}
