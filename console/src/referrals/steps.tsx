import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../__generated__';
import type { ReferralAction } from '../__generated__/graphql';
import { networkAnswer, networkFlags, recordNetwork } from './networks';

const ReferralStep = graphql(`
  mutation ReferralStep(
    $id: ID!
    $key: String!
    $text: String! = ""
    $contactPointId: ID! = ""
    $casc: Boolean!
    $gljc: Boolean!
    $seajust: Boolean!
    $wacap: Boolean!
    $acknowledge: Boolean!
    $assign: Boolean!
    $start: Boolean!
    $complete: Boolean!
    $decline: Boolean!
    $withdraw: Boolean!
    $message: Boolean!
  ) {
    casc @include(if: $casc) {
      ...CascSteps
    }
    gljc @include(if: $gljc) {
      ...GljcSteps
    }
    seajust @include(if: $seajust) {
      ...SeajustSteps
    }
    wacap @include(if: $wacap) {
      ...WacapSteps
    }
  }
  fragment CascSteps on CascMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) { id }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) { id }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) { id }
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) { id }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) { id }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) { id }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) { id }
  }
  fragment GljcSteps on GljcMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) { id }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) { id }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) { id }
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) { id }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) { id }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) { id }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) { id }
  }
  fragment SeajustSteps on SeajustMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) { id }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) { id }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) { id }
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) { id }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) { id }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) { id }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) { id }
  }
  fragment WacapSteps on WacapMutations {
    acknowledgeReferral(id: $id, idempotencyKey: $key) @include(if: $acknowledge) { id }
    assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) @include(if: $assign) { id }
    startReferral(id: $id, idempotencyKey: $key) @include(if: $start) { id }
    completeReferral(id: $id, note: $text, idempotencyKey: $key) @include(if: $complete) { id }
    declineReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $decline) { id }
    withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) @include(if: $withdraw) { id }
    addReferralMessage(id: $id, text: $text, idempotencyKey: $key) @include(if: $message) { id }
  }
`);

const NO_ACTION = { acknowledge: false, assign: false, start: false, complete: false, decline: false, withdraw: false, message: false };
const FLAG: Record<ReferralAction, keyof typeof NO_ACTION> = {
  ACKNOWLEDGE: 'acknowledge',
  ASSIGN: 'assign',
  START: 'start',
  COMPLETE: 'complete',
  DECLINE: 'decline',
  WITHDRAW: 'withdraw',
  MESSAGE: 'message',
};

/**
 * One step on a record, through the mutation of the network that holds it. Each intended step keeps
 * its idempotency key until it succeeds, so pressing twice or retrying after a lost answer takes it once.
 */
export function useReferralStep(id: string, onDone: () => void) {
  const [run, state] = useMutation(ReferralStep);
  const keys = useRef(new Map<string, string>());
  const take = async (action: ReferralAction, args: { text?: string; contactPointId?: string } = {}): Promise<boolean> => {
    const intent = `${action}:${args.text ?? ''}:${args.contactPointId ?? ''}`;
    const key = keys.current.get(intent) ?? crypto.randomUUID();
    keys.current.set(intent, key);
    const chosen = { ...NO_ACTION };
    chosen[FLAG[action]] = true;
    const { data } = await run({ variables: { id, key, ...args, ...networkFlags(recordNetwork(id)), ...chosen } }).catch(() => ({ data: null }));
    if (!networkAnswer(data)) return false;
    keys.current.delete(intent);
    onDone();
    return true;
  };
  return { take, loading: state.loading, error: state.error };
}
