import { FormattedMessage } from 'react-intl';
import { graphql } from '../__generated__';
import type { EventItemFragment, ResourceItemFragment, WorkingGroupItemFragment } from '../__generated__/graphql';
import { useLabels } from './labels';
import { calendarDate } from './names';

export const WorkingGroupItem = graphql(`
  fragment WorkingGroupItem on WorkingGroup {
    id
    name
    topic
    description
  }
`);

export const EventItem = graphql(`
  fragment EventItem on NetworkEvent {
    id
    title
    kind
    startsOn
    endsOn
    place
    country {
      code
      alpha2
      name
    }
  }
`);

export const ResourceItem = graphql(`
  fragment ResourceItem on Resource {
    id
    title
    kind
    languages
    topics
    url
    publishedOn
  }
`);

type Level = 2 | 3 | 4;
const H = ({ level, id }: { level: Level; id: string }) => {
  const Tag = `h${level}` as const;
  return (
    <Tag>
      <FormattedMessage id={id} />
    </Tag>
  );
};

const None = () => (
  <p className="muted">
    <FormattedMessage id="common.none" />
  </p>
);

/** A network's working groups, upcoming events and resources (public to anyone). */
export function Activities({
  workingGroups,
  events,
  resources,
  level,
}: {
  workingGroups: readonly WorkingGroupItemFragment[];
  events: readonly EventItemFragment[];
  resources: readonly ResourceItemFragment[];
  level: Level;
}) {
  const l = useLabels();
  const range = (e: EventItemFragment) => l.dateRange(calendarDate(e.startsOn), calendarDate(e.endsOn));
  return (
    <>
      <H level={level} id="activities.workingGroups" />
      {workingGroups.length ? (
        <ul className="plain-list">
          {workingGroups.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong>
              {g.topic && <> · {l.label('crimeArea', g.topic)}</>}
              {g.description && <p className="muted">{g.description}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <None />
      )}
      <H level={level} id="activities.events" />
      {events.length ? (
        <ul className="plain-list">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{e.title}</strong> · {l.label('eventKind', e.kind)} · {range(e)}
              {(e.place || e.country) && (
                <> · {[e.place, e.country ? l.country(e.country) : null].filter(Boolean).join(', ')}</>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <None />
      )}
      <H level={level} id="activities.resources" />
      {resources.length ? (
        <ul className="plain-list">
          {resources.map((r) => (
            <li key={r.id}>
              <a href={r.url} rel="noreferrer">
                {r.title}
              </a>{' '}
              · {l.label('resourceKind', r.kind)} · {l.languages(r.languages)}
              {r.publishedOn && <> · {l.date(calendarDate(r.publishedOn))}</>}
            </li>
          ))}
        </ul>
      ) : (
        <None />
      )}
    </>
  );
}
