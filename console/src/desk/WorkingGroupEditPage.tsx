import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { DeskWorkingGroupFieldsFragment, WorkingGroupInput, NetworkCode } from '../__generated__/graphql';
import { workingGroupPath } from './paths';
import { networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { DeskRecordPage, type EditParts, type NewParts } from './RecordPage';
import { usePeopleOptions } from './PeoplePicker';

/** The group's fields; its members are among the network's own contact points. */
function workingGroupFields(people: FieldSpec['options']): FieldSpec[] {
  return [
    { name: 'name', kind: 'text', label: 'desk.field.name', required: true },
    { name: 'topic', kind: 'choice', label: 'desk.field.topic', vocabulary: 'crimeArea' },
    { name: 'description', kind: 'longText', label: 'desk.field.description' },
    { name: 'memberIds', kind: 'people', label: 'desk.field.members', options: people },
  ];
}

graphql(`
  fragment DeskWorkingGroupFields on WorkingGroup {
    id
    version
    name
    topic
    description
    memberIds: members {
      id
    }
  }
`);

const DeskWorkingGroupQuery = graphql(`
  query DeskWorkingGroup($id: ID!) {
    node(id: $id) {
      id
      ... on WorkingGroup {
        ...DeskWorkingGroupFields
      }
    }
  }
`);

const UpdateWorkingGroup = networkGraphql(`
  mutation TemplateDeskUpdateWorkingGroup($id: ID!, $version: Int!, $patch: WorkingGroupPatch!) {
    network: template {
      updateWorkingGroup(id: $id, version: $version, patch: $patch) {
        ...DeskWorkingGroupFields
      }
    }
  }
`);

const CreateWorkingGroup = networkGraphql(`
  mutation TemplateDeskCreateWorkingGroup($input: WorkingGroupInput!, $key: String!) {
    network: template {
      createWorkingGroup(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

export function Component() {
  return (
    <DeskRecordPage
      kind="workingGroup"
      query={DeskWorkingGroupQuery}
      pick={(data) => (data?.node && 'description' in data.node ? (data.node as DeskWorkingGroupFieldsFragment) : null)}
      name={(g) => g.name}
      editPath={workingGroupPath}
      useEdit={useEdit}
      useNew={useNew}
    />
  );
}

function useEdit(network: NetworkCode): EditParts<DeskWorkingGroupFieldsFragment> {
  const people = usePeopleOptions(network);
  const [update] = useMutation(forNetwork(UpdateWorkingGroup, network));
  return {
    specs: workingGroupFields(people),
    save: async (g, version, patch) =>
      networkPart((await update({ variables: { id: g.id, version, patch } })).data, 'updateWorkingGroup'),
  };
}

function useNew(network: NetworkCode): NewParts {
  const people = usePeopleOptions(network);
  const [create] = useMutation(forNetwork(CreateWorkingGroup, network));
  return {
    specs: workingGroupFields(people),
    create: async (input, key) =>
      networkPart((await create({ variables: { input: input as WorkingGroupInput, key } })).data, 'createWorkingGroup')
        .id,
  };
}
