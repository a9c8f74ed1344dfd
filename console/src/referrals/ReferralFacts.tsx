import { Fragment } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../__generated__';
import type { ReferralFactsFieldsFragment } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';

export const ReferralFactsFields = graphql(`
  fragment ReferralFactsFields on Referral {
    id
    reference
    side
    status
    kind
    measures
    crimeAreas
    urgency
    subject
    summary
    formalReferences
    createdAt
    acknowledgeBy
    answerExpectedBy
    overdue
    ...ReferralSides
    from {
      id
      fullName
    }
    to {
      id
      fullName
    }
    assignedTo {
      id
      fullName
    }
  }
`);

/** What was asked of whom, and where it stands: status, urgency, who it is assigned to, its due times and whether it is overdue. */
export function ReferralFacts({ referral: r }: { referral: ReferralFactsFieldsFragment }) {
  const l = useLabels();
  const place = (country: typeof r.originCountry, network: typeof r.originNetwork, person: typeof r.from) =>
    [person?.fullName, l.country(country), network?.name ?? network?.code].filter(Boolean).join(', ');
  const rows: [string, string][] = [
    ['referral.subject', r.subject],
    ['referral.status', l.label('referralStatus', r.status)],
    ['referral.urgency', l.label('urgency', r.urgency)],
    ['referral.from', place(r.originCountry, r.originNetwork, r.from)],
    ['referral.to', place(r.destinationCountry, r.destinationNetwork, r.to)],
    ['referral.assignedTo', r.assignedTo?.fullName ?? ''],
    ['referral.kind', l.label('kind', r.kind)],
    ['referral.measures', l.labels('measure', r.measures)],
    ['referral.crimeAreas', l.labels('crimeArea', r.crimeAreas)],
    ['referral.formalReferences', r.formalReferences.join(', ')],
    ['referral.createdAt', l.dateTimeShort(r.createdAt)],
    // Stored in UTC, shown in the viewer's time zone.
    ['referral.acknowledgeBy', r.acknowledgeBy ? l.dateTimeShort(r.acknowledgeBy) : ''],
    ['referral.answerExpectedBy', r.answerExpectedBy ? l.dateTimeShort(r.answerExpectedBy) : ''],
  ];
  const overdue =
    r.overdue && (r.status === 'SENT' ? r.acknowledgeBy : r.answerExpectedBy)
      ? {
          id: r.status === 'SENT' ? 'referral.overdue.acknowledge' : 'referral.overdue.answer',
          at: (r.status === 'SENT' ? r.acknowledgeBy : r.answerExpectedBy)!,
        }
      : null;
  return (
    <>
      {overdue && (
        <p className="notice warning">
          <strong className="overdue-marker">
            <FormattedMessage id="referrals.overdue" />
          </strong>{' '}
          <FormattedMessage id={overdue.id} values={{ at: l.dateTimeShort(overdue.at) }} />
        </p>
      )}
      <dl className="facts wide-facts">
        {rows.map(([id, value]) => (
          <Fragment key={id}>
            <dt>
              <FormattedMessage id={id} />
            </dt>
            <dd>
              {value || (
                <FormattedMessage id={id === 'referral.assignedTo' ? 'referral.notAssigned' : 'common.notGiven'} />
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
      {r.summary && (
        <section aria-labelledby="referral-summary">
          <h2 id="referral-summary">
            <FormattedMessage id="referral.summary" />
          </h2>
          <p className="summary">{r.summary}</p>
        </section>
      )}
    </>
  );
}
