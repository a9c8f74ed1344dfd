import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { DeskResourceFieldsFragment, ResourceInput, NetworkCode } from '../__generated__/graphql';
import { resourcePath } from './paths';
import { networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { DeskRecordPage, type EditParts, type NewParts } from './RecordPage';

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

export function Component() {
  return (
    <DeskRecordPage
      kind="resource"
      query={DeskResourceQuery}
      pick={(data) => (data?.node && 'url' in data.node ? (data.node as DeskResourceFieldsFragment) : null)}
      name={(r) => r.title}
      editPath={resourcePath}
      useEdit={useEdit}
      useNew={useNew}
    />
  );
}

function useEdit(network: NetworkCode): EditParts<DeskResourceFieldsFragment> {
  const [update] = useMutation(forNetwork(UpdateResource, network));
  return {
    specs: RESOURCE_FIELDS,
    save: async (r, version, patch) =>
      networkPart((await update({ variables: { id: r.id, version, patch } })).data, 'updateResource'),
  };
}

function useNew(network: NetworkCode): NewParts {
  const [create] = useMutation(forNetwork(CreateResource, network));
  return {
    specs: RESOURCE_FIELDS,
    initial: { kind: 'GUIDE' },
    create: async (input, key) =>
      networkPart((await create({ variables: { input: input as ResourceInput, key } })).data, 'createResource').id,
  };
}
