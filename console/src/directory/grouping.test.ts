import { groupByNetwork, pageOf } from './grouping';

const connection = (totalCount: number) => ({ totalCount, nodes: [] });

describe('directory results grouped by network', () => {
  it('keeps every network in order with its count, and totals the networks that answered', () => {
    const { groups, totalCount } = groupByNetwork(
      [
        { code: 'CASC', name: 'CASC', contactPoints: connection(3) },
        { code: 'SEAJUST', name: 'SEAJust', contactPoints: connection(0) },
      ],
      [],
    );
    expect(groups.map((g) => [g.code, g.name, g.state, g.totalCount])).toEqual([
      ['CASC', 'CASC', 'results', 3],
      ['SEAJUST', 'SEAJust', 'results', 0],
    ]);
    expect(totalCount).toBe(3);
  });

  it('says a network did not answer when the gateway names it, and shows the others', () => {
    const { groups, totalCount } = groupByNetwork(
      [
        { code: 'WACAP', name: 'WACAP', contactPoints: connection(7) },
        { code: 'GLJC', name: 'GLJC', contactPoints: null },
      ],
      [
        {
          message: 'The GLJC network did not answer',
          path: ['networks', 1, 'contactPoints'],
          extensions: { code: 'NETWORK_UNAVAILABLE', network: 'GLJC' },
        },
      ],
    );
    expect(groups.map((g) => g.state)).toEqual(['results', 'unavailable']);
    expect(totalCount).toBe(7);
  });

  it('says the caller may not see contact points when the field is FORBIDDEN, network by network', () => {
    // As the gateway answers: every network's error at position 0, named by extensions.network.
    const forbidden = (network: string) => ({
      message: 'Sign in',
      path: ['networks', 0, 'contactPoints'],
      extensions: { code: 'FORBIDDEN', network },
    });
    const { groups } = groupByNetwork(
      [
        { code: 'CASC', contactPoints: null },
        { code: 'WACAP', contactPoints: null },
        { code: 'GLJC', contactPoints: null },
      ],
      [
        forbidden('CASC'),
        forbidden('WACAP'),
        { message: 'down', extensions: { code: 'NETWORK_UNAVAILABLE', network: 'GLJC' } },
      ],
    );
    expect(groups.map((g) => [g.code, g.name, g.state])).toEqual([
      ['CASC', 'CASC', 'forbidden'],
      ['WACAP', 'WACAP', 'forbidden'],
      ['GLJC', 'GLJC', 'unavailable'],
    ]);
  });

  it('numbers pages from one and never shows fewer than one page', () => {
    expect(pageOf(0, 0, 10)).toEqual({ page: 1, pages: 1 });
    expect(pageOf(2, 25, 10)).toEqual({ page: 3, pages: 3 });
    expect(pageOf(0, 10, 10)).toEqual({ page: 1, pages: 1 });
  });
});
