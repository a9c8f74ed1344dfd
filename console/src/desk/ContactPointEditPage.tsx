import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../__generated__';
import type { ContactPointInput, DeskContactPointFieldsFragment, NetworkCode } from '../__generated__/graphql';
import { CreateForm, useMemberCountryOptions } from './CreateForm';
import { contactPointPath } from './paths';
import { DeskGate, networkFlags, networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { NodeEditor } from './NodeEditor';
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
  mutation DeskUpdateContactPoint(
    $id: ID!
    $version: Int!
    $patch: ContactPointPatch!
    $casc: Boolean!
    $gljc: Boolean!
    $seajust: Boolean!
    $wacap: Boolean!
  ) {
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

const CreateContactPoint = graphql(`
  mutation DeskCreateContactPoint(
    $input: ContactPointInput!
    $key: String!
    $casc: Boolean!
    $gljc: Boolean!
    $seajust: Boolean!
    $wacap: Boolean!
  ) {
    casc @include(if: $casc) {
      createContactPoint(input: $input, idempotencyKey: $key) {
        id
      }
    }
    gljc @include(if: $gljc) {
      createContactPoint(input: $input, idempotencyKey: $key) {
        id
      }
    }
    seajust @include(if: $seajust) {
      createContactPoint(input: $input, idempotencyKey: $key) {
        id
      }
    }
    wacap @include(if: $wacap) {
      createContactPoint(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

function Editor({ id, network }: { id: string; network: NetworkCode }) {
  const intl = useIntl();
  const [update] = useMutation(UpdateContactPoint);
  return (
    <NodeEditor
      draftKey={id}
      query={DeskContactPointQuery}
      variables={{ id }}
      pick={(data) => (data?.node && 'fullName' in data.node ? (data.node as DeskContactPointFieldsFragment) : null)}
      specs={CONTACT_POINT_FIELDS}
      title={(cp) => intl.formatMessage({ id: 'desk.contactPoint.title' }, { name: cp.fullName })}
      save={async (cp, version, patch) =>
        networkPart(
          (await update({ variables: { id: cp.id, version, patch, ...networkFlags(network) } })).data,
          'updateContactPoint',
        )
      }
    >
      {(cp) =>
        cp.active ? (
          <RotatePanel network={network} contactPoint={cp} />
        ) : (
          <p className="notice info">
            <FormattedMessage id="contactPoint.status.inactive" />
          </p>
        )
      }
    </NodeEditor>
  );
}

function Creator({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const countries = useMemberCountryOptions(network);
  const [create] = useMutation(CreateContactPoint);
  const specs: FieldSpec[] = [
    { name: 'country', kind: 'choice', label: 'desk.field.country', required: true, options: countries },
    ...CONTACT_POINT_FIELDS,
  ];
  return (
    <CreateForm
      kind="contactPoint"
      title={intl.formatMessage({ id: 'desk.contactPoint.new' })}
      specs={specs}
      create={async (input, key) =>
        networkPart(
          (await create({ variables: { input: input as ContactPointInput, key, ...networkFlags(network) } })).data,
          'createContactPoint',
        ).id
      }
      editPath={contactPointPath}
    />
  );
}

export function Component() {
  const { id = '' } = useParams();
  return (
    <DeskGate>
      {(network) => (id === 'new' ? <Creator network={network} /> : <Editor key={id} id={id} network={network} />)}
    </DeskGate>
  );
}
