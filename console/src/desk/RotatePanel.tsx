import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { DeskContactPointFieldsFragment, NetworkCode } from '../__generated__/graphql';
import { QueryStatus } from '../ui/QueryStatus';
import { Select } from '../ui/Select';

const RotationQuery = graphql(`
  query DeskRotation($network: NetworkCode!, $country: String!, $contactPoint: ID!) {
    network(code: $network) {
      code
      contactPoints(filter: { country: $country }, first: 100) {
        nodes {
          id
          fullName
        }
      }
      referrals(
        filter: { contactPoint: $contactPoint, status: [SENT, ACKNOWLEDGED, ASSIGNED, IN_PROGRESS] }
        first: 100
      ) {
        totalCount
        nodes {
          id
          reference
          subject
          status
        }
      }
    }
  }
`);

const Deactivate = networkGraphql(`
  mutation TemplateDeskDeactivateContactPoint($id: ID!, $version: Int!, $successorId: ID) {
    network: template {
      deactivateContactPoint(id: $id, version: $version, successorId: $successorId) {
        ...DeskContactPointFields
      }
    }
  }
`);

/** Rotates a contact point out with a successor of the same country, after showing the open referrals it is party to. */
export function RotatePanel({
  network,
  contactPoint: cp,
}: {
  network: NetworkCode;
  contactPoint: DeskContactPointFieldsFragment;
}) {
  const intl = useIntl();
  const [successor, setSuccessor] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, error } = useQuery(RotationQuery, {
    variables: { network, country: cp.country.code, contactPoint: cp.id },
  });
  const [deactivate, { loading }] = useMutation(forNetwork(Deactivate, network));
  const candidates = (data?.network?.contactPoints?.nodes ?? []).filter((p) => p.id !== cp.id);
  const affected = data?.network?.referrals;

  async function confirm() {
    setFailure(null);
    try {
      await deactivate({
        variables: { id: cp.id, version: cp.version, successorId: successor || null },
      });
      setConfirming(false);
    } catch (err) {
      setFailure(CombinedGraphQLErrors.is(err) ? (err.errors[0]?.message ?? '') : String(err));
    }
  }

  return (
    <section aria-labelledby="rotate-heading" className="network-section">
      <h2 id="rotate-heading">
        <FormattedMessage id="desk.rotate.title" />
      </h2>
      <Select
        label={intl.formatMessage({ id: 'desk.rotate.successor' })}
        value={successor}
        onChange={setSuccessor}
        options={[
          { value: '', label: intl.formatMessage({ id: 'desk.rotate.noSuccessor' }) },
          ...candidates.map((p) => ({ value: p.id, label: p.fullName })),
        ]}
      />
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          <FormattedMessage id="desk.rotate.review" />
        </button>
      ) : (
        <div className="notice warning">
          <QueryStatus errors={[error]} loading={!affected && !error} />
          {affected && (
            <>
              <p>
                <FormattedMessage id="desk.rotate.affected" values={{ count: affected.totalCount }} />
              </p>
              <ul className="plain-list">
                {affected.nodes.map((r) => (
                  <li key={r.id}>
                    <strong>{r.reference}</strong> {r.subject} (
                    {intl.formatMessage({ id: `desk.referralStatus.${r.status}` })})
                  </li>
                ))}
              </ul>
            </>
          )}
          {failure && (
            <p role="alert" className="field-error">
              {failure}
            </p>
          )}
          <div className="actions">
            <button type="button" disabled={loading || !affected} onClick={() => void confirm()}>
              <FormattedMessage id="desk.rotate.confirm" />
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              <FormattedMessage id="desk.cancel" />
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
