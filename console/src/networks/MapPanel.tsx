import { lazy, Suspense } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MapMember } from './MemberMap';

// d3-geo, topojson-client and the world's shapes come only with the first map a person opens.
const MemberMap = lazy(() => import('./MemberMap'));

export function MapPanel(props: { members: readonly MapMember[]; title: string; description: string; zoom: boolean }) {
  return (
    <figure className="map-panel">
      <Suspense
        fallback={
          <p className="muted">
            <FormattedMessage id="map.loading" />
          </p>
        }
      >
        <MemberMap {...props} />
      </Suspense>
    </figure>
  );
}
