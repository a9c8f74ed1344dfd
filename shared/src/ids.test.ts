import { decodeId, encodeId, tryDecodeId } from './ids';
import { NETWORKS, assertValidRegistry, findNetwork } from './registry';

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

describe('registry', () => {
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
