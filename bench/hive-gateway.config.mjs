// Hive Gateway configuration for the benchmark: forward the client's token and
// add each subgraph's shared secret, as our gateway does. Values come from the
// benchmark, which starts Hive Gateway with these environment variables.
const secrets = JSON.parse(process.env.JCN_SUBGRAPH_SECRETS ?? '{}');

export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      return {
        authorization: request.headers.get('authorization') ?? undefined,
        'x-jcn-subgraph-secret': secrets[String(subgraphName).toLowerCase()] ?? undefined,
      };
    },
  },
};
