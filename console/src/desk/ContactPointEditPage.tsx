import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { graphql } from '../__generated__';
import type { DeskContactPointFieldsFragment, NetworkCode } from '../__generated__/graphql';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { DeskGate, networkFlags } from './DeskGate';
import { EditForm, type Stored } from './EditForm';
import { valuesOf, type FieldSpec } from './form';
import { RotatePanel } from './RotatePanel';

export const CONTACT_POINT_FIELDS: FieldSpec[] = [
  { name: 'fullName', kind: 'text', label: 'desk.field.fullName', required: true },
  { name: 'title', kind: 'text', label: 'desk.field.title' },
  { name: 'organization', kind: 'text', label: 'desk.field.organization', required: true },
  { name: 'email', kind: 'email', label: 'common.email' },
  { name: 'phone', kind: 'text', label: 'common.phone' },
  { name: 'languages', kind: 'codes', label: 'contactPoint.languages', required: true },
  { name: 'appointedOn', kind: 'date', label: 'desk.field.appointedOn' },
  { name: 'termEndsOn', kind: 'date', label: 'desk.field.termEndsOn' },
  { name: 'available24x7', kind: 'flag', label: 'contactPoint.available24x7.label' },
  { name: 'nationalCorrespondent', kind: 'flag', label: 'contactPoint.nationalCorrespondent' },
  { name: 'toolCorrespondent', kind: 'flag', label: 'contactPoint.toolCorrespondent' },
  { name: 'roles', kind: 'choices', label: 'contactPoint.roles', vocabulary: 'role' },
  { name: 'expertise', kind: 'choices', label: 'contactPoint.expertise', vocabulary: 'crimeArea' },
];

graphql(`
  fragment DeskContactPointFields on ContactPoint {
    id
    version
    fullName
    title
    organization
    roles
    expertise
    languages
    available24x7
    email
    phone
    nationalCorrespondent
    toolCorrespondent
    appointedOn
    termEndsOn
    active
    lastReviewedAt
    country {
      code
      alpha2
      name
    }
  }
`);

const DeskContactPointQuery = graphql(`
  query DeskContactPoint($id: ID!) {
    node(id: $id) {
      id
      ... on ContactPoint {
        ...DeskContactPointFields
      }
    }
  }
`);

const UpdateContactPoint = graphql(`
  mutation DeskUpdateContactPoint($id: ID!, $version: Int!, $patch: ContactPointPatch!, $casc: Boolean!, $gljc: Boolean!, $seajust: Boolean!, $wacap: Boolean!) {
    casc @include(if: $casc) {
      updateContactPoint(id: $id, version: $version, patch: $patch) {
        ...DeskContactPointFields
      }
    }
    gljc @include(if: $gljc) {
      updateContactPoint(id: $id, version: $version, patch: $patch) {
        ...DeskContactPointFields
      }
    }
    seajust @include(if: $seajust) {
      updateContactPoint(id: $id, version: $version, patch: $patch) {
        ...DeskContactPointFields
      }
    }
    wacap @include(if: $wacap) {
      updateContactPoint(id: $id, version: $version, patch: $patch) {
        ...DeskContactPointFields
      }
    }
  }
`);

const storedOf = (cp: DeskContactPointFieldsFragment): Stored => ({ values: valuesOf(CONTACT_POINT_FIELDS, cp), version: cp.version });

/** The update mutation of the secretariat's network, answering the record as now stored. */
export function useUpdateContactPoint(network: NetworkCode) {
  const [mutate] = useMutation(UpdateContactPoint);
  return async (id: string, version: number, patch: Record<string, unknown>): Promise<DeskContactPointFieldsFragment> => {
    const { data } = await mutate({ variables: { id, version, patch, ...networkFlags(network) } });
    const cp = data?.casc?.updateContactPoint ?? data?.gljc?.updateContactPoint ?? data?.seajust?.updateContactPoint ?? data?.wacap?.updateContactPoint;
    if (!cp) throw new Error('No contact point in the answer.');
    return cp as DeskContactPointFieldsFragment;
  };
}

function Editor({ id, network }: { id: string; network: NetworkCode }) {
  const intl = useIntl();
  const client = useApolloClient();
  const update = useUpdateContactPoint(network);
  const { data, error, loading } = useQuery(DeskContactPointQuery, { variables: { id } });
  const node = data?.node;
  const cp = node && 'fullName' in node ? (node as DeskContactPointFieldsFragment) : null;
  const reread = async () => {
    const { data: fresh } = await client.query({ query: DeskContactPointQuery, variables: { id }, fetchPolicy: 'network-only' });
    const current = fresh?.node && 'fullName' in fresh.node ? (fresh.node as DeskContactPointFieldsFragment) : null;
    if (!current) throw new Error('The contact point is gone.');
    return storedOf(current);
  };
  return (
    <Page title={cp ? intl.formatMessage({ id: 'desk.contactPoint.title' }, { name: cp.fullName }) : intl.formatMessage({ id: 'status.loading' })}>
      <QueryStatus errors={[error]} loading={loading && !cp} />
      <p>
        <Link to="/desk">
          <FormattedMessage id="desk.back" />
        </Link>
      </p>
      {cp && (
        <>
          {!cp.active && (
            <p className="notice info">
              <FormattedMessage id="contactPoint.status.inactive" />
            </p>
          )}
          <EditForm key={cp.id} id={cp.id} specs={CONTACT_POINT_FIELDS} stored={storedOf(cp)} save={async (v, patch) => storedOf(await update(cp.id, v, patch))} reread={reread} />
          {cp.active && <RotatePanel network={network} contactPoint={cp} />}
        </>
      )}
    </Page>
  );
}

export function Component() {
  const { id = '' } = useParams();
  return <DeskGate>{(network) => <Editor id={id} network={network} />}</DeskGate>;
}
