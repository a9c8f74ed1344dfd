import { contactPointFilter, searchFromParams, searchToParams, type DirectorySearch } from './search';

const ALL = ['CASC', 'WACAP', 'GLJC', 'SEAJUST'] as const;

describe('directory search in the address bar', () => {
  it('round-trips every filter through the URL and into the GraphQL filter', () => {
    const search: DirectorySearch = {
      networks: ['WACAP', 'GLJC'],
      country: 'NGA',
      role: 'PROSECUTOR',
      expertise: 'CYBERCRIME',
      language: 'fr',
      available24x7: true,
      text: 'ministry',
    };
    const params = searchToParams(search);
    expect(params.toString()).toBe(
      'network=WACAP&network=GLJC&country=NGA&role=PROSECUTOR&expertise=CYBERCRIME&language=fr&available24x7=true&q=ministry',
    );
    expect(searchFromParams(params, ALL)).toEqual(search);
    expect(contactPointFilter(search)).toEqual({
      country: 'NGA',
      roles: ['PROSECUTOR'],
      expertise: ['CYBERCRIME'],
      language: 'fr',
      available24x7: true,
      search: 'ministry',
    });
  });

  it('drops values a hand-edited link may carry that are not choices, rather than sending them', () => {
    const params = new URLSearchParams(
      'network=NOPE&network=CASC&country=<script>&role=KING&expertise=x&language=english&available24x7=yes&q=%20%20',
    );
    expect(searchFromParams(params, ALL)).toEqual({
      networks: ['CASC'],
      country: '',
      role: '',
      expertise: '',
      language: '',
      available24x7: false,
      text: '',
    });
  });

  it('treats all networks chosen as no network filter, and an empty search as an empty filter', () => {
    const all = new URLSearchParams(ALL.map((c): [string, string] => ['network', c]));
    expect(searchFromParams(all, ALL).networks).toEqual([]);
    expect(contactPointFilter(searchFromParams(new URLSearchParams(), ALL))).toEqual({});
  });
});
