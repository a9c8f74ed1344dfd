import { FormattedMessage } from 'react-intl';
import { graphql } from '../__generated__';
import type { AuthorityDetailFragment } from '../__generated__/graphql';
import { useLabels } from './labels';

export const AuthorityDetail = graphql(`
  fragment AuthorityDetail on Authority {
    id
    name
    kind
    measures
    languages
    channels
    urgentContact
    email
    phone
    website
    address
  }
`);

/** A competent authority: what it accepts (languages, channels) and how to reach it, urgent contact first. */
export function AuthorityCard({
  authority: a,
  headingLevel = 3,
}: {
  authority: AuthorityDetailFragment;
  headingLevel?: 3 | 4 | 5;
}) {
  const l = useLabels();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card">
      <Heading>{a.name}</Heading>
      <p className="muted">{l.label('authorityKind', a.kind)}</p>
      <dl className="facts">
        <dt>
          <FormattedMessage id="authority.languages" />
        </dt>
        <dd>{l.languages(a.languages)}</dd>
        <dt>
          <FormattedMessage id="authority.channels" />
        </dt>
        <dd>{l.labels('channel', a.channels)}</dd>
        <dt>
          <FormattedMessage id="authority.urgentContact" />
        </dt>
        <dd>{a.urgentContact ?? <FormattedMessage id="common.notGiven" />}</dd>
        {a.email && (
          <>
            <dt>
              <FormattedMessage id="common.email" />
            </dt>
            <dd>
              <a href={`mailto:${a.email}`}>{a.email}</a>
            </dd>
          </>
        )}
        {a.phone && (
          <>
            <dt>
              <FormattedMessage id="common.phone" />
            </dt>
            <dd>{a.phone}</dd>
          </>
        )}
        {a.website && (
          <>
            <dt>
              <FormattedMessage id="authority.website" />
            </dt>
            <dd>
              <a href={a.website} rel="noreferrer">
                {a.website}
              </a>
            </dd>
          </>
        )}
        {a.address && (
          <>
            <dt>
              <FormattedMessage id="authority.address" />
            </dt>
            <dd>{a.address}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
