import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { DeskWorkingGroupFieldsFragment, WorkingGroupInput, NetworkCode } from '../__generated__/graphql';
import { CreateForm } from './CreateForm';
import { workingGroupPath } from './paths';
import { DeskGate, networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { NodeEditor } from './NodeEditor';
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

function Editor({ id, network }: { id: string; network: NetworkCode }) {
  const intl = useIntl();
  const people = usePeopleOptions(network);
  const [update] = useMutation(forNetwork(UpdateWorkingGroup, network));
  return (
    <NodeEditor
      draftKey={id}
      query={DeskWorkingGroupQuery}
      variables={{ id }}
      pick={(data) => (data?.node && 'description' in data.node ? (data.node as DeskWorkingGroupFieldsFragment) : null)}
      specs={workingGroupFields(people)}
      title={(r) => intl.formatMessage({ id: 'desk.workingGroup.title' }, { name: r.name })}
      save={async (r, version, patch) =>
        networkPart((await update({ variables: { id: r.id, version, patch } })).data, 'updateWorkingGroup')
      }
    />
  );
}

function Creator({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const people = usePeopleOptions(network);
  const [create] = useMutation(forNetwork(CreateWorkingGroup, network));
  return (
    <CreateForm
      kind="workingGroup"
      title={intl.formatMessage({ id: 'desk.workingGroup.new' })}
      specs={workingGroupFields(people)}
      initial={{}}
      create={async (input, key) =>
        networkPart(
          (await create({ variables: { input: input as WorkingGroupInput, key } })).data,
          'createWorkingGroup',
        ).id
      }
      editPath={workingGroupPath}
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
