import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { Account } from '../auth/account';
import { useAuth } from '../auth/AuthProvider';
import { formErrors, noFormErrors } from '../ui/errors';
import { ErrorSummary } from '../ui/FieldError';
import { useLabels } from '../ui/labels';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { DestinationFields, RecipientFields, useDestination } from './Destination';
import { clearDraft, emptyDraft, loadDraft, saveDraft, toInput, type ReferralDraft } from './draft';
import { MeasureWarnings } from './MeasureWarnings';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import { RequestFields } from './RequestFields';

const CreateReferral = networkGraphql(`
  mutation TemplateCreateReferral($input: ReferralInput!, $key: String!) {
    network: template {
      createReferral(input: $input, idempotencyKey: $key) {
        id
      }
    }
  }
`);

/** The form's fields, named as createReferral's input names them in its errors. */
const FIELDS = Object.keys(emptyDraft());

/** A new referral as a guided request: where, to whom, what; the draft survives a reload of the tab, for its author only. */
export function Component() {
  const intl = useIntl();
  const { account } = useAuth();
  if (!account?.roles.includes('CONTACT_POINT') || !account.network) {
    return (
      <Page title={intl.formatMessage({ id: 'compose.title' })}>
        <p className="notice info">
          <FormattedMessage id="compose.contactPointsOnly" />
        </p>
      </Page>
    );
  }
  // Another person signed in on this tab gets a new form: nothing typed by the one before stays on screen.
  return <ComposeForm key={account.subject} account={account} ownNetwork={account.network} />;
}

function ComposeForm({ account, ownNetwork }: { account: Account; ownNetwork: string }) {
  const intl = useIntl();
  const l = useLabels();
  const navigate = useNavigate();
  const [stored, setStored] = useState(() => loadDraft(sessionStorage, account.subject));
  const draft = stored.draft;
  useEffect(() => saveDraft(sessionStorage, account.subject, stored), [account.subject, stored]);
  const change = (patch: Partial<ReferralDraft>) => setStored((s) => ({ ...s, draft: { ...s.draft, ...patch } }));

  const { place, error, loading } = useDestination(draft.destinationCountry);
  const networks = place?.networks ?? [];
  const network = networks.length === 1 ? networks[0] : networks.find((n) => n.code === draft.destinationNetwork);
  // The author's own network takes the referral (and the API refuses any other).
  const [create, sending] = useMutation(forNetwork(CreateReferral, ownNetwork));
  const errors = CombinedGraphQLErrors.is(sending.error) ? formErrors(sending.error.errors, FIELDS) : noFormErrors;
  const form = useRef<HTMLFormElement>(null);
  // After an answer that names fields, the first of them takes the focus (a multiple choice: its first box).
  useEffect(() => {
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid?.matches('fieldset') ? invalid.querySelector('input') : invalid)?.focus();
  }, [sending.error]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The same key on every attempt: a double click or a retry after a lost answer gives back the same referral.
    const { data } = await create({
      variables: { input: toInput(draft), key: stored.idempotencyKey },
    }).catch(() => ({ data: null }));
    const created = data?.network.createReferral;
    if (created) {
      clearDraft(sessionStorage);
      void navigate(`/referrals/${encodeURIComponent(created.id)}`);
    }
  };

  return (
    <Page title={intl.formatMessage({ id: 'compose.title' })} lead={intl.formatMessage({ id: 'compose.lead' })}>
      <form ref={form} onSubmit={(e) => void submit(e)} className="compose">
        <ErrorSummary messages={errors.other} />
        <QueryStatus errors={[CombinedGraphQLErrors.is(sending.error) ? undefined : sending.error]} />
        <DestinationFields draft={draft} networks={networks} change={change} errors={errors.fields} />
        <QueryStatus errors={[error]} loading={loading} />
        {network && <RecipientFields draft={draft} network={network} change={change} errors={errors.fields} />}
        {network && <RequestFields draft={draft} change={change} errors={errors.fields} />}
        {network && place && (
          <MeasureWarnings
            measures={draft.measures}
            profile={network.countryProfile?.measures ?? []}
            country={l.country(place)}
          />
        )}
        <p className="actions">
          <button type="submit" disabled={!network || sending.loading}>
            <FormattedMessage id="compose.send" />
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              clearDraft(sessionStorage);
              setStored(loadDraft(sessionStorage, account.subject));
            }}
          >
            <FormattedMessage id="compose.discard" />
          </button>
        </p>
      </form>
    </Page>
  );
}
