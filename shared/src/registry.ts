/**
 * The network registry: the one list of networks that composition, the hub, the
 * launcher, docker-compose checks and the tests iterate over. Membership is data
 * (network, country, joined), so a country can belong to several networks.
 */
export interface Membership {
  /** ISO 3166-1 alpha-3 code of the member country. */
  country: string;
  /** ISO date the country joined; year precision where only the year is public. */
  joined: string;
}

export interface NetworkDefinition {
  /** GraphQL enum value of NetworkCode, e.g. SEAJUST. */
  code: string;
  /** Lower-case key: global id prefix, database name, service name, env var infix. */
  key: string;
  /** Pascal-case prefix of the network's concrete GraphQL types, e.g. Seajust. */
  typePrefix: string;
  /** Short display name, e.g. SEAJust. */
  name: string;
  fullName: string;
  region: string;
  /** Port of the network subgraph in the development launcher and docker-compose. */
  port: number;
  members: readonly Membership[];
}

export type Registry = readonly NetworkDefinition[];

const since = (joined: string, countries: string): Membership[] =>
  countries.split(/\s+/).map((country) => ({ country, joined }));

/** The four UNODC-supported networks, with their member states (ISO 3166 alpha-3) and the year each joined. */
export const NETWORKS: Registry = [
  {
    code: 'CASC',
    key: 'casc',
    typePrefix: 'Casc',
    name: 'CASC',
    fullName: 'Judicial Cooperation Network of Central Asia and Southern Caucasus',
    region: 'Central Asia and Southern Caucasus',
    port: 4101,
    members: since('2021-01-01', 'ARM AZE GEO KAZ KGZ TJK TKM UZB'),
  },
  {
    code: 'WACAP',
    key: 'wacap',
    typePrefix: 'Wacap',
    name: 'WACAP',
    fullName: 'West African Network of Central Authorities and Prosecutors',
    region: 'West Africa',
    port: 4102,
    members: [
      ...since('2013-05-01', 'BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI NER NGA SEN SLE TGO'),
      ...since('2014-01-01', 'MRT'),
      ...since('2015-01-01', 'TCD'),
    ],
  },
  {
    code: 'GLJC',
    key: 'gljc',
    typePrefix: 'Gljc',
    name: 'GLJC',
    fullName: 'Great Lakes Judicial Cooperation Network',
    region: 'Great Lakes',
    port: 4103,
    members: since('2016-11-01', 'AGO BDI CAF COD COG KEN RWA SSD SDN TZA UGA ZMB'),
  },
  {
    code: 'SEAJUST',
    key: 'seajust',
    typePrefix: 'Seajust',
    name: 'SEAJust',
    fullName: 'South East Asia Justice Network',
    region: 'South East Asia',
    port: 4104,
    members: since('2020-01-01', 'AUS BRN KHM LAO MYS MDV MMR PHL SGP THA TLS VNM'),
  },
];

/**
 * The NetworkCode of a network key (casc -> CASC). No lookup is needed: every key is its code in lower case
 * (assertValidRegistry), and a key no network has still maps the same way.
 */
export function codeOfKey(key: string): string {
  return key.toUpperCase();
}

/** The network of a key exactly as ids, database names and tokens spell it (lower case), or undefined. */
export function networkOfKey(registry: Registry, key: string): NetworkDefinition | undefined {
  return registry.find((n) => n.key === key);
}

/** Looks a network up by enum code or key, case-insensitively. */
export function findNetwork(registry: Registry, codeOrKey: string): NetworkDefinition | undefined {
  const wanted = codeOrKey.toLowerCase();
  return registry.find((n) => n.key === wanted || n.code.toLowerCase() === wanted);
}

/** Checks the invariants every consumer of the registry relies on; throws on the first broken one. */
export function assertValidRegistry(registry: Registry): void {
  const seen = new Set<string>();
  for (const n of registry) {
    if (!/^[A-Z][A-Z0-9]*$/.test(n.code))
      throw new Error(`network code ${n.code} must be upper-case letters and digits`);
    if (codeOfKey(n.key) !== n.code) throw new Error(`network ${n.code}: key must be ${n.code.toLowerCase()}`);
    if (n.typePrefix !== n.code[0] + n.code.slice(1).toLowerCase())
      throw new Error(`network ${n.code}: typePrefix must be the Pascal case of the code`);
    for (const v of [n.code, n.key, String(n.port)]) {
      if (seen.has(v)) throw new Error(`network registry: ${v} is used twice`);
      seen.add(v);
    }
  }
}
