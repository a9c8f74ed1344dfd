import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { calendarDate } from '../ui/names';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { DeskGate } from './DeskGate';
import { KindSection } from './KindSection';
import {
  authorityPath,
  contactPointPath,
  countryProfilePath,
  eventPath,
  resourcePath,
  workingGroupPath,
} from './paths';

const DeskDirectoryQuery = graphql(`
  query DeskDirectory($network: NetworkCode!, $search: String) {
    network(code: $network) {
      code
      name
      memberCountries {
        code
        alpha2
        name
      }
      contactPoints(filter: { search: $search, includeInactive: true }, first: 50) {
        totalCount
        nodes {
          id
          fullName
          active
          country {
            code
            alpha2
            name
          }
        }
      }
      authorities(filter: { search: $search }, first: 50) {
        totalCount
        nodes {
          id
          name
          country {
            code
            alpha2
            name
          }
        }
      }
      countryProfiles {
        id
        country {
          code
        }
      }
      workingGroups(first: 100) {
        totalCount
        nodes {
          id
          name
        }
      }
      events(first: 100) {
        totalCount
        nodes {
          id
          title
          startsOn
        }
      }
      resources(filter: { search: $search }, first: 100) {
        totalCount
        nodes {
          id
          title
        }
      }
    }
  }
`);

/** The desk's start: the review queue, the audit log, and every kind of the network's directory to edit or create. */
function Desk({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const l = useLabels();
  const [search, setSearch] = useState('');
  const { data, error, loading } = useQuery(DeskDirectoryQuery, {
    variables: { network, search: search.trim() || null },
  });
  const n = data?.network;
  const profiled = new Set((n?.countryProfiles ?? []).map((p) => p.country.code));
  const inactive = (
    <span className="badge">
      <FormattedMessage id="contactPoint.status.inactive" />
    </span>
  );
  return (
    <Page title={intl.formatMessage({ id: 'desk.title' }, { network: n?.name ?? network })}>
      <nav aria-label={intl.formatMessage({ id: 'desk.sections' })}>
        <ul className="inline-list">
          <li>
            <Link to="/desk/review">
              <FormattedMessage id="desk.review.title" />
            </Link>
          </li>
          <li>
            <Link to="/desk/audit">
              <FormattedMessage id="desk.audit.title" />
            </Link>
          </li>
          <li>
            <Link to="/desk/audit?action=readContactDetails">
              <FormattedMessage id="desk.audit.reads" />
            </Link>
          </li>
        </ul>
      </nav>
      <div className="field">
        <label htmlFor="desk-search">
          <FormattedMessage id="desk.search" />
        </label>
        <input id="desk-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <QueryStatus errors={[error]} loading={loading && !n} />
      <KindSection
        id="contact-points"
        heading="desk.contactPoints"
        createLabel="desk.contactPoint.new"
        count={n?.contactPoints?.totalCount ?? 0}
        createTo={contactPointPath('new')}
        items={(n?.contactPoints?.nodes ?? []).map((cp) => ({
          id: cp.id,
          name: cp.fullName,
          to: contactPointPath(cp.id),
          extra: (
            <>
              ({l.country(cp.country)}) {!cp.active && inactive}
            </>
          ),
        }))}
      />
      <KindSection
        id="authorities"
        heading="desk.authorities"
        createLabel="desk.authority.new"
        count={n?.authorities?.totalCount ?? 0}
        createTo={authorityPath('new')}
        items={(n?.authorities?.nodes ?? []).map((a) => ({
          id: a.id,
          name: a.name,
          to: authorityPath(a.id),
          extra: <>({l.country(a.country)})</>,
        }))}
      />
      <KindSection
        id="profiles"
        heading="desk.profiles"
        count={profiled.size}
        items={(n?.memberCountries ?? []).map((c) => ({
          id: c.code,
          name: l.country(c),
          to: countryProfilePath(c.code),
          extra: !profiled.has(c.code) && (
            <span className="badge">{intl.formatMessage({ id: 'desk.profiles.none' })}</span>
          ),
        }))}
      />
      <KindSection
        id="working-groups"
        heading="desk.workingGroups"
        createLabel="desk.workingGroup.new"
        count={n?.workingGroups?.totalCount ?? 0}
        createTo={workingGroupPath('new')}
        items={(n?.workingGroups?.nodes ?? []).map((g) => ({ id: g.id, name: g.name, to: workingGroupPath(g.id) }))}
      />
      <KindSection
        id="events"
        heading="desk.events"
        createLabel="desk.event.new"
        count={n?.events?.totalCount ?? 0}
        createTo={eventPath('new')}
        items={(n?.events?.nodes ?? []).map((e) => ({
          id: e.id,
          name: e.title,
          to: eventPath(e.id),
          extra: <>({l.date(calendarDate(e.startsOn))})</>,
        }))}
      />
      <KindSection
        id="resources"
        heading="desk.resources"
        createLabel="desk.resource.new"
        count={n?.resources?.totalCount ?? 0}
        createTo={resourcePath('new')}
        items={(n?.resources?.nodes ?? []).map((r) => ({ id: r.id, name: r.title, to: resourcePath(r.id) }))}
      />
    </Page>
  );
}

export function Component() {
  return <DeskGate>{(network) => <Desk network={network} />}</DeskGate>;
}
