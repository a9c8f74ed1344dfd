import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { ContactPointFactsFragment, ContactPointSummaryFragment } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { calendarDate } from '../ui/names';
import { Restricted } from '../ui/Restricted';

export const ContactPointFactsFields = graphql(`
  fragment ContactPointFacts on ContactPoint {
    network {
      code
      name
    }
    email
    phone
    active
    lastReviewedAt
    appointedOn
    termEndsOn
    nationalCorrespondent
    toolCorrespondent
    successor {
      id
      fullName
    }
    predecessor {
      id
      fullName
    }
  }
`);

interface Props {
  contactPoint: ContactPointSummaryFragment & ContactPointFactsFragment;
  emailForbidden: boolean;
  phoneForbidden: boolean;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{children}</dd>
    </>
  );
}

const notGiven = <FormattedMessage id="common.notGiven" />;

/** Everything the caller may see of a contact point, as a description list. */
export function ContactPointFacts({ contactPoint: cp, emailForbidden, phoneForbidden }: Props) {
  const l = useLabels();
  const person = (p: { id: string; fullName: string } | null | undefined) =>
    p ? <Link to={`/contact-points/${encodeURIComponent(p.id)}`}>{p.fullName}</Link> : notGiven;
  const term =
    cp.appointedOn || cp.termEndsOn ? (
      <FormattedMessage
        id="contactPoint.term.value"
        values={{
          from: cp.appointedOn ? l.date(calendarDate(cp.appointedOn)) : '—',
          to: cp.termEndsOn ? l.date(calendarDate(cp.termEndsOn)) : '—',
        }}
      />
    ) : (
      notGiven
    );
  return (
    <dl className="facts wide-facts">
      <Fact label="contactPoint.status">
        <FormattedMessage id={cp.active ? 'contactPoint.status.active' : 'contactPoint.status.inactive'} />
      </Fact>
      <Fact label="contactPoint.country">
        <Link to={`/countries/${cp.country.code}`}>{l.country(cp.country)}</Link>
      </Fact>
      <Fact label="contactPoint.network">
        {cp.network ? <Link to={`/networks/${cp.network.code}`}>{cp.network.name ?? cp.network.code}</Link> : notGiven}
      </Fact>
      <Fact label="contactPoint.roles">{l.labels('role', cp.roles)}</Fact>
      <Fact label="contactPoint.expertise">{cp.expertise.length ? l.labels('crimeArea', cp.expertise) : notGiven}</Fact>
      <Fact label="contactPoint.languages">{l.languages(cp.languages)}</Fact>
      <Fact label="contactPoint.available24x7.label">
        <FormattedMessage id={cp.available24x7 ? 'common.yes' : 'common.no'} />
      </Fact>
      <Fact label="contactPoint.nationalCorrespondent">
        <FormattedMessage id={cp.nationalCorrespondent ? 'common.yes' : 'common.no'} />
      </Fact>
      <Fact label="contactPoint.toolCorrespondent">
        <FormattedMessage id={cp.toolCorrespondent ? 'common.yes' : 'common.no'} />
      </Fact>
      <Fact label="common.email">
        {emailForbidden ? (
          <Restricted audience="contactDetails" />
        ) : cp.email ? (
          <a href={`mailto:${cp.email}`}>{cp.email}</a>
        ) : (
          notGiven
        )}
      </Fact>
      <Fact label="common.phone">
        {phoneForbidden ? <Restricted audience="contactDetails" /> : (cp.phone ?? notGiven)}
      </Fact>
      <Fact label="contactPoint.term">{term}</Fact>
      <Fact label="contactPoint.lastReviewed">{cp.lastReviewedAt ? l.dateTime(cp.lastReviewedAt) : notGiven}</Fact>
      <Fact label="contactPoint.successor">{person(cp.successor)}</Fact>
      <Fact label="contactPoint.predecessor">{person(cp.predecessor)}</Fact>
    </dl>
  );
}
