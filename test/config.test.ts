import { gatewayConfig } from '../gateway/src/config';
import { ConfigError } from '../shared/src/config';
import { findNetwork, NETWORKS } from '../shared/src/registry';
import { subgraphConfig } from '../subgraphs/src/config';

const seajust = findNetwork(NETWORKS, 'seajust')!;

describe('configuration', () => {
  it('gives a subgraph its registry port and safe defaults', () => {
    const c = subgraphConfig(seajust, { DATABASE_URL: 'postgres://u:p@db:5432/seajust' });
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

  it('takes one subgraph URL per registry network for the gateway', () => {
    const c = gatewayConfig(NETWORKS, { SUBGRAPH_URL_SEAJUST: 'https://seajust.example/graphql', NODE_ENV: 'production' });
    expect(c.subgraphUrls).toEqual({
      casc: 'http://127.0.0.1:4101/graphql',
      wacap: 'http://127.0.0.1:4102/graphql',
      gljc: 'http://127.0.0.1:4103/graphql',
      seajust: 'https://seajust.example/graphql',
    });
    expect(c.production).toBe(true);
    expect(() => gatewayConfig(NETWORKS, { SUBGRAPH_URL_CASC: 'not a url' })).toThrow(/SUBGRAPH_URL_CASC/);
  });
});
