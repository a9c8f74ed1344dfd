import { useMutation } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { ContactPointInput, DeskContactPointFieldsFragment, NetworkCode } from '../__generated__/graphql';
import { useMemberCountryOptions } from './CreateForm';
import { contactPointPath } from './paths';
import { networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { DeskRecordPage, type EditParts, type NewParts } from './RecordPage';
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

const UpdateContactPoint = networkGraphql(`
  mutation TemplateDeskUpdateContactPoint($id: ID!, $version: Int!, $patch: ContactPointPatch!) {
    network: template {
      updateContactPoint(id: $id, version: $version, patch: $patch) {
        ...DeskContactPointFields
      }
    }
  }
`);

const CreateContactPoint = networkGraphql(`
  mutation TemplateDeskCreateContactPoint($input: ContactPointInput!, $key: String!) {
    network: template {
      createContactPoint(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

export function Component() {
  return (
    <DeskRecordPage
      kind="contactPoint"
      query={DeskContactPointQuery}
      pick={(data) => (data?.node && 'fullName' in data.node ? (data.node as DeskContactPointFieldsFragment) : null)}
      name={(cp) => cp.fullName}
      editPath={contactPointPath}
      useEdit={useEdit}
      useNew={useNew}
    />
  );
}

function useEdit(network: NetworkCode): EditParts<DeskContactPointFieldsFragment> {
  const [update] = useMutation(forNetwork(UpdateContactPoint, network));
  return {
    specs: CONTACT_POINT_FIELDS,
    save: async (cp, version, patch) =>
      networkPart((await update({ variables: { id: cp.id, version, patch } })).data, 'updateContactPoint'),
    below: (cp) =>
      cp.active ? (
        <RotatePanel network={network} contactPoint={cp} />
      ) : (
        <p className="notice info">
          <FormattedMessage id="contactPoint.status.inactive" />
        </p>
      ),
  };
}

function useNew(network: NetworkCode): NewParts {
  const countries = useMemberCountryOptions(network);
  const [create] = useMutation(forNetwork(CreateContactPoint, network));
  return {
    specs: [
      { name: 'country', kind: 'choice', label: 'desk.field.country', required: true, options: countries },
      ...CONTACT_POINT_FIELDS,
    ],
    create: async (input, key) =>
      networkPart((await create({ variables: { input: input as ContactPointInput, key } })).data, 'createContactPoint')
        .id,
  };
}
