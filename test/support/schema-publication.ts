/** SEAJust's SDL as a publication sends it, a field of its own to add and take away, and the publication endpoint. */
import { parse, print, visit } from 'graphql';
import type { SignedPublication } from '#shared/auth/publication';
import { findNetwork, NETWORKS } from '#shared/registry';
import { PUBLICATIONS_PATH } from '../../gateway/src/publication/endpoint';
import { networkSubgraphSdl } from '../../subgraphs/src/schema/template';
import { postGraphQL, type GraphQLResponse } from './federation-http';

export const SEAJUST = findNetwork(NETWORKS, 'seajust')!;
/** SEAJust's SDL as this release writes it. */
export const RELEASE_SDL = networkSubgraphSdl(SEAJUST, NETWORKS);

/** SEAJust's release SDL without one field of its own type (`type`.`field`). */
export function without(type: string, field: string): string {
  return print(
    visit(parse(RELEASE_SDL), {
      ObjectTypeDefinition: (d) =>
        d.name.value === type ? { ...d, fields: d.fields?.filter((f) => f.name.value !== field) } : undefined,
    }),
  );
}

/** The release's SDL less a field the SEAJust subgraph serves: publishing the release again adds it. */
export const WITHOUT_FIELD = without('SeajustNetwork', 'receivedReferences');
/** Asks for that field (CASC's delivery service may). */
export const FIELD_QUERY =
  '{ network(code: SEAJUST) { code ... on SeajustNetwork { receivedReferences(origin: CASC) { year last } } } }';

export const servesField = (r: GraphQLResponse) => r.errors === undefined;
export const lacksField = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED';

/** Asks FIELD_QUERY at `url` as `token` until `done` holds (a reload takes a few seconds), or 30 s. */
export async function askUntil(url: string, token: string, done: (r: GraphQLResponse) => boolean, headers = {}) {
  const ask = () => postGraphQL(url, FIELD_QUERY, {}, { authorization: `Bearer ${token}`, ...headers });
  let answer = await ask();
  for (let i = 0; i < 300 && !done(answer); i++) {
    await new Promise((r) => setTimeout(r, 100));
    answer = await ask();
  }
  return answer;
}

export interface PublicationAnswer {
  status: number;
  body: {
    published?: { version: number; network: string; sdlHash: string; compositionHash: string };
    errors?: { code: string; message: string }[];
  };
}

/** POSTs `body` to the publication endpoint of the gateway at `graphqlUrl`. */
export async function sendPublication(
  graphqlUrl: string,
  body: SignedPublication | Record<string, unknown>,
): Promise<PublicationAnswer> {
  const res = await fetch(new URL(PUBLICATIONS_PATH, graphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as PublicationAnswer['body'] };
}
