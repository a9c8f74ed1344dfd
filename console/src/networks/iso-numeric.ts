/**
 * ISO 3166-1 numeric codes of the networks' member countries (world-atlas names its shapes by them;
 * the hub speaks alpha-3). Small island and city states that world-atlas's 1:110m shapes leave out
 * carry a point [longitude, latitude] to draw instead. A country missing here still appears in the
 * member table beside the map; console/networks/iso-numeric.test.ts fails when a member is missing.
 */
export const ISO_NUMERIC: Readonly<Record<string, { numeric: string; point?: readonly [number, number] }>> = {
  // CASC
  ARM: { numeric: '051' },
  AZE: { numeric: '031' },
  GEO: { numeric: '268' },
  KAZ: { numeric: '398' },
  KGZ: { numeric: '417' },
  TJK: { numeric: '762' },
  TKM: { numeric: '795' },
  UZB: { numeric: '860' },
  // WACAP
  BEN: { numeric: '204' },
  BFA: { numeric: '854' },
  CPV: { numeric: '132', point: [-23.6, 15.1] },
  CIV: { numeric: '384' },
  GMB: { numeric: '270' },
  GHA: { numeric: '288' },
  GIN: { numeric: '324' },
  GNB: { numeric: '624' },
  LBR: { numeric: '430' },
  MLI: { numeric: '466' },
  NER: { numeric: '562' },
  NGA: { numeric: '566' },
  SEN: { numeric: '686' },
  SLE: { numeric: '694' },
  TGO: { numeric: '768' },
  MRT: { numeric: '478' },
  TCD: { numeric: '148' },
  // GLJC
  AGO: { numeric: '024' },
  BDI: { numeric: '108' },
  CAF: { numeric: '140' },
  COD: { numeric: '180' },
  COG: { numeric: '178' },
  KEN: { numeric: '404' },
  RWA: { numeric: '646' },
  SSD: { numeric: '728' },
  SDN: { numeric: '729' },
  TZA: { numeric: '834' },
  UGA: { numeric: '800' },
  ZMB: { numeric: '894' },
  // SEAJust
  AUS: { numeric: '036' },
  BRN: { numeric: '096' },
  KHM: { numeric: '116' },
  LAO: { numeric: '418' },
  MYS: { numeric: '458' },
  MDV: { numeric: '462', point: [73.5, 4.2] },
  MMR: { numeric: '104' },
  PHL: { numeric: '608' },
  SGP: { numeric: '702', point: [103.8, 1.35] },
  THA: { numeric: '764' },
  TLS: { numeric: '626' },
  VNM: { numeric: '704' },
};
