import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { AuthorityInput, DeskAuthorityFieldsFragment, NetworkCode } from '../__generated__/graphql';
import { CreateForm, useMemberCountryOptions } from './CreateForm';
import { authorityPath } from './paths';
import { DeskGate, networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { NodeEditor } from './NodeEditor';

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

function Editor({ id, network }: { id: string; network: NetworkCode }) {
  const intl = useIntl();
  const [update] = useMutation(forNetwork(UpdateAuthority, network));
  return (
    <NodeEditor
      draftKey={id}
      query={DeskAuthorityQuery}
      variables={{ id }}
      pick={(data) => (data?.node && 'channels' in data.node ? (data.node as DeskAuthorityFieldsFragment) : null)}
      specs={AUTHORITY_FIELDS}
      title={(a) => intl.formatMessage({ id: 'desk.authority.title' }, { name: a.name })}
      save={async (a, version, patch) =>
        networkPart((await update({ variables: { id: a.id, version, patch } })).data, 'updateAuthority')
      }
    />
  );
}

function Creator({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const countries = useMemberCountryOptions(network);
  const [create] = useMutation(forNetwork(CreateAuthority, network));
  return (
    <CreateForm
      kind="authority"
      title={intl.formatMessage({ id: 'desk.authority.new' })}
      specs={[
        { name: 'country', kind: 'choice', label: 'desk.field.country', required: true, options: countries },
        ...AUTHORITY_FIELDS,
      ]}
      initial={{ channels: ['CENTRAL_AUTHORITY'] }}
      create={async (input, key) =>
        networkPart((await create({ variables: { input: input as AuthorityInput, key } })).data, 'createAuthority').id
      }
      editPath={authorityPath}
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
