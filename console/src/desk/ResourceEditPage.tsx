import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { DeskResourceFieldsFragment, ResourceInput, NetworkCode } from '../__generated__/graphql';
import { CreateForm } from './CreateForm';
import { resourcePath } from './paths';
import { DeskGate, networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { NodeEditor } from './NodeEditor';

export const RESOURCE_FIELDS: FieldSpec[] = [
  { name: 'title', kind: 'text', label: 'desk.field.title', required: true },
  { name: 'kind', kind: 'choice', label: 'desk.field.resourceKind', required: true, vocabulary: 'resourceKind' },
  { name: 'url', kind: 'url', label: 'desk.field.url', required: true },
  { name: 'languages', kind: 'codes', label: 'desk.field.languages', required: true },
  { name: 'topics', kind: 'choices', label: 'desk.field.topics', vocabulary: 'crimeArea' },
  { name: 'publishedOn', kind: 'date', label: 'desk.field.publishedOn' },
];

graphql(`
  fragment DeskResourceFields on Resource {
    id
    version
    title
    kind
    languages
    topics
    url
    publishedOn
  }
`);

const DeskResourceQuery = graphql(`
  query DeskResource($id: ID!) {
    node(id: $id) {
      id
      ... on Resource {
        ...DeskResourceFields
      }
    }
  }
`);

const UpdateResource = networkGraphql(`
  mutation TemplateDeskUpdateResource($id: ID!, $version: Int!, $patch: ResourcePatch!) {
    network: template {
      updateResource(id: $id, version: $version, patch: $patch) {
        ...DeskResourceFields
      }
    }
  }
`);

const CreateResource = networkGraphql(`
  mutation TemplateDeskCreateResource($input: ResourceInput!, $key: String!) {
    network: template {
      createResource(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

function Editor({ id, network }: { id: string; network: NetworkCode }) {
  const intl = useIntl();
  const [update] = useMutation(forNetwork(UpdateResource, network));
  return (
    <NodeEditor
      draftKey={id}
      query={DeskResourceQuery}
      variables={{ id }}
      pick={(data) => (data?.node && 'url' in data.node ? (data.node as DeskResourceFieldsFragment) : null)}
      specs={RESOURCE_FIELDS}
      title={(r) => intl.formatMessage({ id: 'desk.resource.title' }, { name: r.title })}
      save={async (r, version, patch) =>
        networkPart((await update({ variables: { id: r.id, version, patch } })).data, 'updateResource')
      }
    />
  );
}

function Creator({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const [create] = useMutation(forNetwork(CreateResource, network));
  return (
    <CreateForm
      kind="resource"
      title={intl.formatMessage({ id: 'desk.resource.new' })}
      specs={RESOURCE_FIELDS}
      initial={{ kind: 'GUIDE' }}
      create={async (input, key) =>
        networkPart((await create({ variables: { input: input as ResourceInput, key } })).data, 'createResource').id
      }
      editPath={resourcePath}
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
