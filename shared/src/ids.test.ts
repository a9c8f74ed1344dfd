import { decodeId, decodeOwnId, encodeId, ownId, tryDecodeId } from './ids';
import { NETWORKS, assertValidRegistry, codeOfKey, findNetwork, networkOfKey } from './registry';

const seajust = findNetwork(NETWORKS, 'SEAJUST')!;
const uuid = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

describe('global ids', () => {
  it('round-trips and names the concrete type of the owning network', () => {
    const id = encodeId(seajust, 'cp', uuid);
    expect(id).toBe(`seajust:cp:${uuid}`);
    expect(decodeId(NETWORKS, id)).toMatchObject({
      uuid,
      kind: 'cp',
      typename: 'SeajustContactPoint',
      network: { code: 'SEAJUST' },
    });
  });

  it.each([
    ['no separators', 'garbage', 'expected <network>:<kind>:<uuid>'],
    ['unknown network', `atlantis:cp:${uuid}`, 'unknown network'],
    ['unknown kind', `seajust:person:${uuid}`, 'unknown kind'],
    ['kind "constructor"', `seajust:constructor:${uuid}`, 'unknown kind'],
    ['kind "__proto__"', `seajust:__proto__:${uuid}`, 'unknown kind'],
    ['kind "toString"', `seajust:toString:${uuid}`, 'unknown kind'],
    ['kind "hasOwnProperty"', `seajust:hasOwnProperty:${uuid}`, 'unknown kind'],
    ['bad uuid', 'seajust:cp:1234', 'not a UUID'],
    ['too many parts', `seajust:cp:${uuid}:x`, 'expected'],
  ])('rejects %s', (_label, id, reason) => {
    expect(tryDecodeId(NETWORKS, id)).toContain(reason);
    expect(() => decodeId(NETWORKS, id)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe("this network's id of a kind", () => {
  const casc = findNetwork(NETWORKS, 'CASC')!;
  const own = encodeId(seajust, 'cp', uuid);
  const badInput = (message: string, extensions: Record<string, unknown>) =>
    expect.objectContaining({
      message,
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', ...extensions }),
    });

  it('decodes an id of the network and kind, or of one of the kinds', () => {
    expect(ownId(NETWORKS, seajust, 'cp', own)).toMatchObject({ uuid, kind: 'cp', network: { key: 'seajust' } });
    expect(decodeOwnId(NETWORKS, seajust, 'cp', own)).toBe(uuid);
    expect(decodeOwnId(NETWORKS, seajust, 'cp', own.toUpperCase().replace('SEAJUST:CP', 'seajust:cp'))).toBe(uuid);
    expect(ownId(NETWORKS, seajust, ['ref', 'rcv'], encodeId(seajust, 'rcv', uuid))?.kind).toBe('rcv');
  });

  it.each([
    ['another network', encodeId(casc, 'cp', uuid)],
    ['another kind', encodeId(seajust, 'auth', uuid)],
    ['a malformed id', 'seajust:cp:1234'],
    ['an unknown network', `atlantis:cp:${uuid}`],
  ])('answers null for %s, and refuses it with BAD_USER_INPUT', (_label, id) => {
    expect(ownId(NETWORKS, seajust, 'cp', id)).toBeNull();
    expect(ownId(NETWORKS, seajust, ['ref', 'rcv'], id)).toBeNull();
    expect(() => decodeOwnId(NETWORKS, seajust, 'cp', id, 'contactPointId')).toThrow(
      badInput('contactPointId must be a contact point of SEAJust.', { field: 'contactPointId' }),
    );
    expect(() => decodeOwnId(NETWORKS, seajust, 'cp', id)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', id }) }),
    );
  });

  it('names, without a field, what is wrong: the id malformed, or of another network or kind', () => {
    expect(() => decodeOwnId(NETWORKS, seajust, 'profile', encodeId(casc, 'profile', uuid))).toThrow(
      badInput(`Id "casc:profile:${uuid}" is not a CountryProfile of SEAJust.`, {}),
    );
    expect(() => decodeOwnId(NETWORKS, seajust, 'cp', 'seajust:cp:1234')).toThrow(
      badInput('Invalid id "seajust:cp:1234": the last part is not a UUID.', {}),
    );
    expect(() => decodeOwnId(NETWORKS, seajust, 'event', 'x', 'ids')).toThrow(
      'ids must be a network event of SEAJust.',
    );
  });
});

describe('registry', () => {
  it('maps every network key to its code, and finds a network by its exact key only', () => {
    for (const n of NETWORKS) {
      expect(codeOfKey(n.key)).toBe(n.code);
      expect(networkOfKey(NETWORKS, n.key)).toBe(n);
      expect(networkOfKey(NETWORKS, n.code)).toBeUndefined();
    }
    expect(networkOfKey(NETWORKS, 'atlantis')).toBeUndefined();
  });

  it('holds the four networks with their published member lists', () => {
    assertValidRegistry(NETWORKS);
    const members = Object.fromEntries(
      NETWORKS.map((n) => [
        n.code,
        n.members
          .map((m) => m.country)
          .sort()
          .join(' '),
      ]),
    );
    expect(members).toEqual({
      CASC: 'ARM AZE GEO KAZ KGZ TJK TKM UZB',
      WACAP: 'BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SLE TCD TGO',
      GLJC: 'AGO BDI CAF COD COG KEN RWA SDN SSD TZA UGA ZMB',
      SEAJUST: 'AUS BRN KHM LAO MDV MMR MYS PHL SGP THA TLS VNM',
    });
  });

  it('refuses a registry whose entries clash', () => {
    expect(() => assertValidRegistry([...NETWORKS, { ...seajust }])).toThrow(/used twice/);
  });
});
