import type { ErrorLike } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { ReferralAction } from '../__generated__/graphql';
import { forNetwork, networkGraphql, recordNetwork } from '../ui/networkParts';

/** One document per step: each names one mutation, so none needs a directive. */
const STEPS = {
  ACKNOWLEDGE: networkGraphql(`
    mutation TemplateReferralAcknowledge($id: ID!, $key: String!) {
      network: template {
        step: acknowledgeReferral(id: $id, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
  ASSIGN: networkGraphql(`
    mutation TemplateReferralAssign($id: ID!, $key: String!, $contactPointId: ID!) {
      network: template {
        step: assignReferral(id: $id, contactPointId: $contactPointId, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
  START: networkGraphql(`
    mutation TemplateReferralStart($id: ID!, $key: String!) {
      network: template {
        step: startReferral(id: $id, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
  COMPLETE: networkGraphql(`
    mutation TemplateReferralComplete($id: ID!, $key: String!, $text: String!) {
      network: template {
        step: completeReferral(id: $id, note: $text, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
  DECLINE: networkGraphql(`
    mutation TemplateReferralDecline($id: ID!, $key: String!, $text: String!) {
      network: template {
        step: declineReferral(id: $id, reason: $text, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
  WITHDRAW: networkGraphql(`
    mutation TemplateReferralWithdraw($id: ID!, $key: String!, $text: String!) {
      network: template {
        step: withdrawReferral(id: $id, reason: $text, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
  MESSAGE: networkGraphql(`
    mutation TemplateReferralMessage($id: ID!, $key: String!, $text: String!) {
      network: template {
        step: addReferralMessage(id: $id, text: $text, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
  SET_ANSWER_DATE: networkGraphql(`
    mutation TemplateReferralAnswerDate($id: ID!, $key: String!, $answerExpectedBy: DateTime!) {
      network: template {
        step: setReferralAnswerDate(id: $id, answerExpectedBy: $answerExpectedBy, idempotencyKey: $key) {
          id
        }
      }
    }
  `),
} as const satisfies Record<ReferralAction, unknown>;

/** The steps whose document takes a `$text` (a note, a reason, a message). */
const TEXT_STEPS: ReadonlySet<ReferralAction> = new Set(['COMPLETE', 'DECLINE', 'WITHDRAW', 'MESSAGE']);

type StepAnswer = { network: { step: { id: string } } };

/**
 * One step on a record, through the mutation of the network that holds it. Each intended step keeps
 * its idempotency key until it succeeds, so pressing twice or retrying after a lost answer takes it once.
 */
export function useReferralStep(id: string, onDone: () => void) {
  const client = useApolloClient();
  const [state, setState] = useState<{ loading: boolean; error?: ErrorLike }>({ loading: false });
  const keys = useRef(new Map<string, string>());
  const take = async (
    action: ReferralAction,
    args: { text?: string; contactPointId?: string; answerExpectedBy?: string } = {},
  ): Promise<boolean> => {
    const intent = `${action}:${args.text ?? ''}:${args.contactPointId ?? ''}:${args.answerExpectedBy ?? ''}`;
    const key = keys.current.get(intent) ?? crypto.randomUUID();
    keys.current.set(intent, key);
    setState({ loading: true });
    // The network that holds the record takes the step.
    // Whichever step's document: each answers network.step.id and takes the variables above.
    const mutation = forNetwork(STEPS[action], recordNetwork(id)) as TypedDocumentNode<StepAnswer, typeof variables>;
    const variables = {
      id,
      key,
      ...(action === 'ASSIGN' ? { contactPointId: args.contactPointId ?? '' } : {}),
      ...(TEXT_STEPS.has(action) ? { text: args.text ?? '' } : {}),
      ...(action === 'SET_ANSWER_DATE' ? { answerExpectedBy: args.answerExpectedBy ?? '' } : {}),
    };
    const answer = await client.mutate({ mutation, variables }).then(
      (r) => {
        setState({ loading: false, error: r.error });
        return r.data?.network.step ?? null;
      },
      (error: unknown) => {
        setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
        return null;
      },
    );
    if (!answer) return false;
    keys.current.delete(intent);
    onDone();
    return true;
  };
  return { take, loading: state.loading, error: state.error };
}
