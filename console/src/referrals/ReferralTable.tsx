import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { ReferralRowFragment } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { Table } from '../ui/Table';
import { ageInDays } from './timeline';

// Where a referral comes from and goes to: the table and the referral page show both sides alike.
graphql(`
  fragment ReferralSides on Referral {
    originCountry {
      code
      alpha2
      name
    }
    destinationCountry {
      code
      alpha2
      name
    }
    originNetwork {
      code
      name
    }
    destinationNetwork {
      code
      name
    }
  }
`);

export const ReferralRow = graphql(`
  fragment ReferralRow on Referral {
    id
    reference
    side
    status
    urgency
    subject
    createdAt
    crimeAreas
    overdue
    ...ReferralSides
  }
`);

/** Referrals as a table: reference, subject, the other side, urgency and status (marked when overdue), and how old each is. */
export function ReferralTable({ referrals, caption }: { referrals: readonly ReferralRowFragment[]; caption: string }) {
  const intl = useIntl();
  const l = useLabels();
  return (
    <Table
      caption={caption}
      columns={[
        'referrals.column.reference',
        'referrals.column.subject',
        'referrals.column.counterpart',
        'referrals.column.urgency',
        'referrals.column.status',
        'referrals.column.age',
      ]}
    >
      {referrals.map((r) => {
        const incoming = r.side === 'DESTINATION';
        const country = incoming ? r.originCountry : r.destinationCountry;
        const network = incoming ? r.originNetwork : r.destinationNetwork;
        return (
          <tr key={r.id}>
            <th scope="row">
              <Link to={`/referrals/${encodeURIComponent(r.id)}`}>{r.reference}</Link>
            </th>
            <td>{r.subject}</td>
            <td>
              <FormattedMessage
                id={incoming ? 'referrals.from' : 'referrals.to'}
                values={{ country: l.country(country), network: network?.name ?? network?.code ?? '' }}
              />
            </td>
            <td>
              <span className={`urgency urgency-${r.urgency.toLowerCase()}`}>{l.label('urgency', r.urgency)}</span>
            </td>
            <td>
              {l.label('referralStatus', r.status)}
              {r.overdue && (
                <>
                  {' '}
                  <strong className="overdue-marker">
                    <FormattedMessage id="referrals.overdue" />
                  </strong>
                </>
              )}
            </td>
            <td>
              <time dateTime={r.createdAt} title={l.dateTime(r.createdAt)}>
                {intl.formatRelativeTime(-ageInDays(r.createdAt), 'day', { numeric: 'auto' })}
              </time>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
