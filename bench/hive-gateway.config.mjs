// Hive Gateway configuration for the benchmark: what our gateway sends each subgraph, done
// in the same way. The subgraphs accept only a token the gateway signed for them, so the
// client's token is exchanged with the gateway's key (our token exchange, cached as ours is),
// and each subgraph's shared secret is added. The client's token is decoded, not verified
// (ours verifies it): that is in Hive Gateway's favour. Loaded with tsx (bench/hive.ts).
import { decodeJwt } from 'jose';
import { createTokenExchange } from '../shared/src/auth/exchange.ts';
import { callerFromClaims } from '../shared/src/auth/tokens.ts';
import { NETWORKS } from '../shared/src/registry.ts';

const secrets = JSON.parse(process.env.JCN_SUBGRAPH_SECRETS ?? '{}');
const exchange = createTokenExchange(process.env.JCN_GATEWAY_SIGNING_KEY ?? '');

export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      const key = String(subgraphName).toLowerCase();
      const bearer = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      const token = bearer && NETWORKS.some((n) => n.key === key) ? exchange(callerFromClaims(decodeJwt(bearer), NETWORKS), key) : undefined;
      return {
        authorization: token ? `Bearer ${token}` : undefined,
        'x-jcn-subgraph-secret': secrets[key] ?? undefined,
      };
    },
  },
};
