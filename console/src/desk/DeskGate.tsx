import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { NetworkCode } from '../__generated__/graphql';
import type { Account } from '../auth/account';
import { useAuth } from '../auth/AuthProvider';
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

/** What one field of a desk mutation answered, under the network's root field (`network: template { ... }`). */
export function networkPart<D extends { network: object }, K extends string>(
  data: D | null | undefined,
  field: K,
): NonNullable<Answer<D, K>> {
  const answer = data ? (data.network as Partial<Record<K, unknown>>)[field] : undefined;
  if (answer == null) throw new Error(`No ${field} in the answer.`);
  return answer as NonNullable<Answer<D, K>>;
}

/** The type of field `K` in the answer of any network's copy of a desk mutation. */
type Answer<D, K extends string> = D extends { network: infer N } ? (K extends keyof N ? N[K] : never) : never;
