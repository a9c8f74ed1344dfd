import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useId, useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { ISO_NUMERIC } from './iso-numeric';

export interface MapMember {
  alpha3: string;
  /** Index of the member's network in the legend (its colour); several networks of one country: the first. */
  group: number;
}

const WIDTH = 960;
const HEIGHT = 480;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

/**
 * The member countries on a world map (d3-geo over world-atlas, bundled: no tile server). Decorative
 * for screen readers beyond its title and description: the member table beside it carries the data.
 */
export default function MemberMap({
  members,
  title,
  description,
  zoom,
}: {
  members: readonly MapMember[];
  title: string;
  description: string;
  zoom: boolean;
}) {
  const titleId = useId();
  const descId = useId();
  const { shapes, points } = useMemo(() => {
    const byNumeric = new Map(members.map((m) => [ISO_NUMERIC[m.alpha3]?.numeric, m]));
    const memberFeatures = countries.features.filter((f) => byNumeric.has(String(f.id)));
    const projection = geoEqualEarth();
    const focus: GeoPermissibleObjects =
      zoom && memberFeatures.length ? { type: 'FeatureCollection', features: memberFeatures } : { type: 'Sphere' };
    projection.fitExtent(
      [
        [12, 12],
        [WIDTH - 12, HEIGHT - 12],
      ],
      focus,
    );
    const path = geoPath(projection);
    const shapes = countries.features.map((f: Feature<Geometry>) => ({
      id: String(f.id),
      d: path(f) ?? '',
      group: byNumeric.get(String(f.id))?.group,
    }));
    const points = members.flatMap((m) => {
      const point = ISO_NUMERIC[m.alpha3]?.point;
      const xy = point && projection([point[0], point[1]]);
      return xy ? [{ alpha3: m.alpha3, x: xy[0], y: xy[1], group: m.group }] : [];
    });
    return { shapes, points };
  }, [members, zoom]);

  return (
    <svg className="member-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <g>
        {shapes.map((s) => (
          <path key={s.id} d={s.d} className={s.group === undefined ? 'land' : `land member-${s.group}`} />
        ))}
      </g>
      <g>
        {points.map((p) => (
          <circle key={p.alpha3} cx={p.x} cy={p.y} r={5} className={`member-${p.group}`} />
        ))}
      </g>
    </svg>
  );
}
