import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NETWORKS } from '#shared/registry';
import { ISO_NUMERIC } from './iso-numeric';

const atlas = JSON.parse(
  readFileSync(join(__dirname, '../../../node_modules/world-atlas/countries-110m.json'), 'utf8'),
) as {
  objects: { countries: { geometries: { id?: string }[] } };
};
const shapes = new Set(atlas.objects.countries.geometries.map((g) => g.id));

describe('member countries on the map', () => {
  it('has the numeric code of every member country of every network', () => {
    const members = [...new Set(NETWORKS.flatMap((n) => n.members.map((m) => m.country)))];
    expect(members.filter((c) => !ISO_NUMERIC[c])).toEqual([]);
  });

  it('draws each member as a shape of world-atlas or, for small states it leaves out, as a point', () => {
    const undrawable = Object.entries(ISO_NUMERIC).filter(([, c]) => !shapes.has(c.numeric) && !c.point);
    expect(undrawable).toEqual([]);
  });

  it('gives every code once', () => {
    const codes = Object.values(ISO_NUMERIC).map((c) => c.numeric);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
