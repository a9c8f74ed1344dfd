import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { NetworkCode } from '../__generated__/graphql';
import type { Account } from '../auth/account';
import { useAuth } from '../auth/AuthProvider';
import { networkAnswer, networkFlags as flagsOf } from '../ui/networkParts';
import { Page } from '../ui/Page';

/** The network whose desk this account may use: a secretariat's own network, or none. */
export function deskNetworkOf(account: Account | null): NetworkCode | null {
  if (!account?.network || !account.roles.includes('SECRETARIAT')) return null;
  return account.network.toUpperCase() as NetworkCode;
}

/** The signed-in account's desk network. */
export function useDeskNetwork(): NetworkCode | null {
  return deskNetworkOf(useAuth().account);
}

/**
 * A desk page only for a secretariat; anyone else is told so plainly (the API refuses
 * them anyway: every write and the audit log are the own secretariat's alone).
 */
export function DeskGate({ children }: { children: (network: NetworkCode) => ReactNode }) {
  const intl = useIntl();
  const { status, account, signIn } = useAuth();
  const network = useDeskNetwork();
  if (network) return children(network);
  if (status === 'loading') {
    return (
      <p role="status" className="loading">
        <FormattedMessage id="status.loading" />
      </p>
    );
  }
  return (
    <Page title={intl.formatMessage({ id: 'desk.notForRole.title' })}>
      <p>
        <FormattedMessage id={account ? 'desk.notForRole.body' : 'desk.signIn.body'} />
      </p>
      {!account && status === 'ready' && (
        <button type="button" onClick={signIn}>
          <FormattedMessage id="account.signIn" />
        </button>
      )}
    </Page>
  );
}

/** The variables that pick one network's part of a desk mutation (`casc @include(if: $casc) { ... }`). */
export const networkFlags = (network: NetworkCode) => flagsOf(network.toLowerCase());

type Part = keyof ReturnType<typeof networkFlags>;

/** The type of field `K` in any network's part of a desk mutation's answer. */
type Answer<D, K extends string> = {
  [N in Part]: NonNullable<D[N & keyof D]> extends Record<K, infer T> ? T : never;
}[Part];

/** What one field of a desk mutation answered, from the network's part that was asked (the others are absent). */
export function networkPart<D extends Partial<Record<Part, unknown>>, K extends string>(
  data: D | null | undefined,
  field: K,
): Answer<D, K> {
  const part: object | null = networkAnswer(data);
  const answer = part ? (part as Record<K, unknown>)[field] : undefined;
  if (answer == null) throw new Error(`No ${field} in the answer.`);
  return answer as Answer<D, K>;
}
