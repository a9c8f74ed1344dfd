import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../__generated__';
import type { ReferralAction } from '../__generated__/graphql';
import { networkAnswer, networkFlags, recordNetwork } from '../ui/networkParts';

// Two documents, not one: the gateway allows at most 30 directives in an operation (every step of every network is 32).
const ReferralTextStep = graphql(`
  mutation ReferralTextStep(
    $id: ID!
    $key: String!
    $text: String!
    $casc: Boolean!
    $gljc: Boolean!
    $seajust: Boolean!
    $wacap: Boolean!
    $complete: Boolean!
    $decline: Boolean!
    $withdraw: Boolean!
    $message: Boolean!
  ) {
    casc @include(if: $casc) {
      ...CascReferralTextStep
    }
    gljc @include(if: $gljc) {
      ...GljcReferralTextStep
    }
    seajust @include(if: $seajust) {
      ...SeajustReferralTextStep
    }
    wacap @include(if: $wacap) {
      ...WacapReferralTextStep
    }
  }
  fragment CascReferralTextStep on CascMutations {
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) {
      id
    }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) {
      id
    }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) {
      id
    }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) {
      id
    }
  }
  fragment GljcReferralTextStep on GljcMutations {
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) {
      id
    }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) {
      id
    }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) {
      id
    }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) {
      id
    }
  }
  fragment SeajustReferralTextStep on SeajustMutations {
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) {
      id
    }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) {
      id
    }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) {
      id
    }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) {
      id
    }
  }
  fragment WacapReferralTextStep on WacapMutations {
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) {
      id
    }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) {
      id
    }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) {
      id
    }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) {
      id
    }
  }
`);

const ReferralPlainStep = graphql(`
  mutation ReferralPlainStep(
    $id: ID!
    $key: String!
    $contactPointId: ID! = ""
    $casc: Boolean!
    $gljc: Boolean!
    $seajust: Boolean!
    $wacap: Boolean!
    $acknowledge: Boolean!
    $assign: Boolean!
    $start: Boolean!
  ) {
    casc @include(if: $casc) {
      ...CascReferralPlainStep
    }
    gljc @include(if: $gljc) {
      ...GljcReferralPlainStep
    }
    seajust @include(if: $seajust) {
      ...SeajustReferralPlainStep
    }
    wacap @include(if: $wacap) {
      ...WacapReferralPlainStep
    }
  }
  fragment CascReferralPlainStep on CascMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) {
      id
    }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) {
      id
    }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) {
      id
    }
  }
  fragment GljcReferralPlainStep on GljcMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) {
      id
    }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) {
      id
    }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) {
      id
    }
  }
  fragment SeajustReferralPlainStep on SeajustMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) {
      id
    }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) {
      id
    }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) {
      id
    }
  }
  fragment WacapReferralPlainStep on WacapMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) {
      id
    }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) {
      id
    }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) {
      id
    }
  }
`);

const TEXT_STEPS = { complete: false, decline: false, withdraw: false, message: false };
const PLAIN_STEPS = { acknowledge: false, assign: false, start: false };
/** Each action's variable in its document. */
const FLAG = {
  ACKNOWLEDGE: 'acknowledge',
  ASSIGN: 'assign',
  START: 'start',
  COMPLETE: 'complete',
  DECLINE: 'decline',
  WITHDRAW: 'withdraw',
  MESSAGE: 'message',
} as const satisfies Record<ReferralAction, keyof typeof TEXT_STEPS | keyof typeof PLAIN_STEPS>;

/**
 * One step on a record, through the mutation of the network that holds it. Each intended step keeps
 * its idempotency key until it succeeds, so pressing twice or retrying after a lost answer takes it once.
 */
export function useReferralStep(id: string, onDone: () => void) {
  const [runText, textState] = useMutation(ReferralTextStep);
  const [runPlain, plainState] = useMutation(ReferralPlainStep);
  const keys = useRef(new Map<string, string>());
  const take = async (
    action: ReferralAction,
    args: { text?: string; contactPointId?: string } = {},
  ): Promise<boolean> => {
    const intent = `${action}:${args.text ?? ''}:${args.contactPointId ?? ''}`;
    const key = keys.current.get(intent) ?? crypto.randomUUID();
    keys.current.set(intent, key);
    const base = { id, key, ...networkFlags(recordNetwork(id)) };
    const flag = FLAG[action];
    const answer =
      flag in TEXT_STEPS
        ? await runText({ variables: { ...base, text: args.text ?? '', ...TEXT_STEPS, [flag]: true } }).then(
            (r) => networkAnswer(r.data),
            () => null,
          )
        : await runPlain({
            variables: {
              ...base,
              ...(args.contactPointId ? { contactPointId: args.contactPointId } : {}),
              ...PLAIN_STEPS,
              [flag]: true,
            },
          }).then(
            (r) => networkAnswer(r.data),
            () => null,
          );
    if (!answer) return false;
    keys.current.delete(intent);
    onDone();
    return true;
  };
  return { take, loading: textState.loading || plainState.loading, error: textState.error ?? plainState.error };
}
