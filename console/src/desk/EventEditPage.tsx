import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { DeskNetworkEventFieldsFragment, NetworkEventInput, NetworkCode } from '../__generated__/graphql';
import { useMemberCountryOptions } from './CreateForm';
import { eventPath } from './paths';
import { networkPart } from './DeskGate';
import type { FieldSpec } from './form';
import { DeskRecordPage, type EditParts, type NewParts } from './RecordPage';
import { usePeopleOptions } from './PeoplePicker';

/** The event's fields; the country is one of the network's members (or none), the participants its own contact points. */
function eventFields(countries: FieldSpec['options'], people: FieldSpec['options']): FieldSpec[] {
  return [
    { name: 'title', kind: 'text', label: 'desk.field.title', required: true },
    { name: 'kind', kind: 'choice', label: 'desk.field.eventKind', required: true, vocabulary: 'eventKind' },
    { name: 'startsOn', kind: 'date', label: 'desk.field.startsOn', required: true },
    { name: 'endsOn', kind: 'date', label: 'desk.field.endsOn', required: true },
    { name: 'place', kind: 'text', label: 'desk.field.place' },
    { name: 'country', kind: 'choice', label: 'desk.field.country', options: countries },
    { name: 'participantIds', kind: 'people', label: 'desk.field.participants', options: people },
  ];
}

graphql(`
  fragment DeskNetworkEventFields on NetworkEvent {
    id
    version
    title
    kind
    startsOn
    endsOn
    place
    country {
      code
    }
    participantIds: participants {
      id
    }
  }
`);

const DeskNetworkEventQuery = graphql(`
  query DeskNetworkEvent($id: ID!) {
    node(id: $id) {
      id
      ... on NetworkEvent {
        ...DeskNetworkEventFields
      }
    }
  }
`);

const UpdateNetworkEvent = networkGraphql(`
  mutation TemplateDeskUpdateNetworkEvent($id: ID!, $version: Int!, $patch: NetworkEventPatch!) {
    network: template {
      updateEvent(id: $id, version: $version, patch: $patch) {
        ...DeskNetworkEventFields
      }
    }
  }
`);

const CreateNetworkEvent = networkGraphql(`
  mutation TemplateDeskCreateNetworkEvent($input: NetworkEventInput!, $key: String!) {
    network: template {
      createEvent(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

type EventRecord = Omit<DeskNetworkEventFieldsFragment, 'country'> & { country: string | null };

/** The event as the form edits it: its country as a code. */
const flat = (e: DeskNetworkEventFieldsFragment): EventRecord => ({ ...e, country: e.country?.code ?? null });

export function Component() {
  return (
    <DeskRecordPage
      kind="event"
      query={DeskNetworkEventQuery}
      pick={(data) =>
        data?.node && 'startsOn' in data.node ? flat(data.node as DeskNetworkEventFieldsFragment) : null
      }
      name={(e) => e.title}
      editPath={eventPath}
      useEdit={useEdit}
      useNew={useNew}
    />
  );
}

function useEdit(network: NetworkCode): EditParts<EventRecord> {
  const countries = useMemberCountryOptions(network);
  const people = usePeopleOptions(network);
  const [update] = useMutation(forNetwork(UpdateNetworkEvent, network));
  return {
    specs: eventFields(countries, people),
    save: async (e, version, patch) =>
      flat(networkPart((await update({ variables: { id: e.id, version, patch } })).data, 'updateEvent')),
  };
}

function useNew(network: NetworkCode): NewParts {
  const countries = useMemberCountryOptions(network);
  const people = usePeopleOptions(network);
  const [create] = useMutation(forNetwork(CreateNetworkEvent, network));
  return {
    specs: eventFields(countries, people),
    initial: { kind: 'MEETING' },
    create: async (input, key) =>
      networkPart((await create({ variables: { input: input as NetworkEventInput, key } })).data, 'createEvent').id,
  };
}
