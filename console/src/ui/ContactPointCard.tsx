import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { ContactPointSummaryFragment } from '../__generated__/graphql';
import { useLabels } from './labels';

export const ContactPointSummary = graphql(`
  fragment ContactPointSummary on ContactPoint {
    id
    fullName
    title
    organization
    roles
    expertise
    languages
    available24x7
    country {
      code
      alpha2
      name
    }
  }
`);

/** One contact point in a list: name (link to the page), post, country, roles, expertise, languages. */
export function ContactPointCard({
  contactPoint: cp,
  headingLevel = 3,
}: {
  contactPoint: ContactPointSummaryFragment;
  headingLevel?: 3 | 4 | 5;
}) {
  const l = useLabels();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card">
      <Heading>
        <Link to={`/contact-points/${encodeURIComponent(cp.id)}`}>{cp.fullName}</Link>
      </Heading>
      <p>
        {cp.title ? `${cp.title}, ` : ''}
        {cp.organization} · {l.country(cp.country)}
      </p>
      <dl className="facts">
        <dt>
          <FormattedMessage id="contactPoint.roles" />
        </dt>
        <dd>{l.labels('role', cp.roles)}</dd>
        {cp.expertise.length > 0 && (
          <>
            <dt>
              <FormattedMessage id="contactPoint.expertise" />
            </dt>
            <dd>{l.labels('crimeArea', cp.expertise)}</dd>
          </>
        )}
        <dt>
          <FormattedMessage id="contactPoint.languages" />
        </dt>
        <dd>{l.languages(cp.languages)}</dd>
      </dl>
      {cp.available24x7 && (
        <p className="badge">
          <FormattedMessage id="contactPoint.available24x7" />
        </p>
      )}
    </article>
  );
}
