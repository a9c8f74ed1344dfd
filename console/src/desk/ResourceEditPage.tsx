import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../__generated__';
import type { DeskResourceFieldsFragment, ResourceInput, NetworkCode } from '../__generated__/graphql';
import { CreateForm } from './CreateForm';
import { resourcePath } from './paths';
import { DeskGate, networkFlags, networkPart } from './DeskGate';
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

const UpdateResource = graphql(`
  mutation DeskUpdateResource(
    $id: ID!
    $version: Int!
    $patch: ResourcePatch!
    $casc: Boolean!
    $gljc: Boolean!
    $seajust: Boolean!
    $wacap: Boolean!
  ) {
    casc @include(if: $casc) {
      updateResource(id: $id, version: $version, patch: $patch) {
        ...DeskResourceFields
      }
    }
    gljc @include(if: $gljc) {
      updateResource(id: $id, version: $version, patch: $patch) {
        ...DeskResourceFields
      }
    }
    seajust @include(if: $seajust) {
      updateResource(id: $id, version: $version, patch: $patch) {
        ...DeskResourceFields
      }
    }
    wacap @include(if: $wacap) {
      updateResource(id: $id, version: $version, patch: $patch) {
        ...DeskResourceFields
      }
    }
  }
`);

const CreateResource = graphql(`
  mutation DeskCreateResource(
    $input: ResourceInput!
    $key: String!
    $casc: Boolean!
    $gljc: Boolean!
    $seajust: Boolean!
    $wacap: Boolean!
  ) {
    casc @include(if: $casc) {
      createResource(input: $input, idempotencyKey: $key) {
        id
      }
    }
    gljc @include(if: $gljc) {
      createResource(input: $input, idempotencyKey: $key) {
        id
      }
    }
    seajust @include(if: $seajust) {
      createResource(input: $input, idempotencyKey: $key) {
        id
      }
    }
    wacap @include(if: $wacap) {
      createResource(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

function Editor({ id, network }: { id: string; network: NetworkCode }) {
  const intl = useIntl();
  const [update] = useMutation(UpdateResource);
  return (
    <NodeEditor
      draftKey={id}
      query={DeskResourceQuery}
      variables={{ id }}
      pick={(data) => (data?.node && 'url' in data.node ? (data.node as DeskResourceFieldsFragment) : null)}
      specs={RESOURCE_FIELDS}
      title={(r) => intl.formatMessage({ id: 'desk.resource.title' }, { name: r.title })}
      save={async (r, version, patch) =>
        networkPart(
          (await update({ variables: { id: r.id, version, patch, ...networkFlags(network) } })).data,
          'updateResource',
        )
      }
    />
  );
}

function Creator({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const [create] = useMutation(CreateResource);
  return (
    <CreateForm
      kind="resource"
      title={intl.formatMessage({ id: 'desk.resource.new' })}
      specs={RESOURCE_FIELDS}
      initial={{ kind: 'GUIDE' }}
      create={async (input, key) =>
        networkPart(
          (await create({ variables: { input: input as ResourceInput, key, ...networkFlags(network) } })).data,
          'createResource',
        ).id
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
