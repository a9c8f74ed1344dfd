import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { AuthorityInput, DeskAuthorityFieldsFragment, NetworkCode } from '../__generated__/graphql';
import { useMemberCountryOptions } from './CreateForm';
import { authorityPath } from './paths';
import { networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { DeskRecordPage, type EditParts, type NewParts } from './RecordPage';

export const AUTHORITY_FIELDS: FieldSpec[] = [
  { name: 'name', kind: 'text', label: 'desk.field.name', required: true },
  { name: 'kind', kind: 'choice', label: 'desk.field.authorityKind', required: true, vocabulary: 'authorityKind' },
  { name: 'email', kind: 'email', label: 'common.email' },
  { name: 'phone', kind: 'text', label: 'common.phone' },
  { name: 'website', kind: 'url', label: 'desk.field.website' },
  { name: 'address', kind: 'longText', label: 'desk.field.address' },
  { name: 'urgentContact', kind: 'longText', label: 'desk.field.urgentContact' },
  { name: 'languages', kind: 'codes', label: 'desk.field.languages', required: true },
  { name: 'measures', kind: 'choices', label: 'desk.field.measures', vocabulary: 'measure' },
  { name: 'channels', kind: 'choices', label: 'desk.field.channels', vocabulary: 'channel' },
];

graphql(`
  fragment DeskAuthorityFields on Authority {
    id
    version
    name
    kind
    measures
    languages
    channels
    address
    email
    phone
    website
    urgentContact
    lastReviewedAt
  }
`);

const DeskAuthorityQuery = graphql(`
  query DeskAuthority($id: ID!) {
    node(id: $id) {
      id
      ... on Authority {
        ...DeskAuthorityFields
      }
    }
  }
`);

const UpdateAuthority = networkGraphql(`
  mutation TemplateDeskUpdateAuthority($id: ID!, $version: Int!, $patch: AuthorityPatch!) {
    network: template {
      updateAuthority(id: $id, version: $version, patch: $patch) {
        ...DeskAuthorityFields
      }
    }
  }
`);

const CreateAuthority = networkGraphql(`
  mutation TemplateDeskCreateAuthority($input: AuthorityInput!, $key: String!) {
    network: template {
      createAuthority(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

export function Component() {
  return (
    <DeskRecordPage
      kind="authority"
      query={DeskAuthorityQuery}
      pick={(data) => (data?.node && 'channels' in data.node ? (data.node as DeskAuthorityFieldsFragment) : null)}
      name={(a) => a.name}
      editPath={authorityPath}
      useEdit={useEdit}
      useNew={useNew}
    />
  );
}

function useEdit(network: NetworkCode): EditParts<DeskAuthorityFieldsFragment> {
  const [update] = useMutation(forNetwork(UpdateAuthority, network));
  return {
    specs: AUTHORITY_FIELDS,
    save: async (a, version, patch) =>
      networkPart((await update({ variables: { id: a.id, version, patch } })).data, 'updateAuthority'),
  };
}

function useNew(network: NetworkCode): NewParts {
  const countries = useMemberCountryOptions(network);
  const [create] = useMutation(forNetwork(CreateAuthority, network));
  return {
    specs: [
      { name: 'country', kind: 'choice', label: 'desk.field.country', required: true, options: countries },
      ...AUTHORITY_FIELDS,
    ],
    initial: { channels: ['CENTRAL_AUTHORITY'] },
    create: async (input, key) =>
      networkPart((await create({ variables: { input: input as AuthorityInput, key } })).data, 'createAuthority').id,
  };
}
