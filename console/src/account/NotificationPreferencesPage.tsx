import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type {
  NetworkCode,
  NotificationDelivery,
  NotificationLanguage,
  NotificationPreferenceKind,
} from '../__generated__/graphql';
import { useAuth } from '../auth/AuthProvider';
import { LANGUAGE_ENDONYMS, LANGUAGES } from '../i18n/languages';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { labelId, VOCABULARY } from '../ui/vocabulary';

const PreferencesQuery = networkGraphql(`
  query TemplateMyNotificationPreferences($network: NetworkCode!) {
    network(code: $network) {
      code
      ... on TemplateNetwork {
        myNotificationPreferences {
          language
          deliveries {
            kind
            delivery
          }
        }
      }
    }
  }
`);

const SavePreferences = networkGraphql(`
  mutation TemplateSaveNotificationPreferences(
    $language: NotificationLanguage!
    $deliveries: [NotificationDeliveryInput!]!
  ) {
    network: template {
      setNotificationLanguage(language: $language) {
        language
      }
      setNotificationDeliveries(deliveries: $deliveries) {
        language
        deliveries {
          kind
          delivery
        }
      }
    }
  }
`);

interface Choices {
  /** The kinds the network lists for the caller, in its order (every kind a contact point receives). */
  kinds: NotificationPreferenceKind[];
  language: NotificationLanguage;
  deliveries: Partial<Record<NotificationPreferenceKind, NotificationDelivery>>;
}

/** The form, filled from what is stored; saving sends the whole of it. */
function PreferencesForm({ network, stored }: { network: string; stored: Choices }) {
  const intl = useIntl();
  const [choices, setChoices] = useState<Choices>(stored);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(forNetwork(SavePreferences, network));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const deliveries = choices.kinds.map((kind) => ({
      kind,
      delivery: choices.deliveries[kind] ?? 'IMMEDIATE',
    }));
    const result = await save({ variables: { language: choices.language, deliveries } });
    if (!result.error) setSaved(true);
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="preferences-form">
      <QueryStatus errors={[saving.error]} />
      <p>
        <label htmlFor="mail-language">
          <FormattedMessage id="preferences.language" />
        </label>{' '}
        <select
          id="mail-language"
          value={choices.language}
          onChange={(e) => setChoices({ ...choices, language: e.target.value as NotificationLanguage })}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang.toUpperCase()} lang={lang}>
              {LANGUAGE_ENDONYMS[lang]}
            </option>
          ))}
        </select>
      </p>
      <p className="muted">
        <FormattedMessage id="preferences.alwaysImmediate" />
      </p>
      {choices.kinds.map((kind) => (
        <fieldset key={kind}>
          <legend>{intl.formatMessage({ id: labelId('notificationKind', kind) })}</legend>
          {VOCABULARY.notificationDelivery.map((delivery) => (
            <label key={delivery} className="choice">
              <input
                type="radio"
                name={`delivery-${kind}`}
                value={delivery}
                checked={(choices.deliveries[kind] ?? 'IMMEDIATE') === delivery}
                onChange={() => setChoices({ ...choices, deliveries: { ...choices.deliveries, [kind]: delivery } })}
              />{' '}
              {intl.formatMessage({ id: labelId('notificationDelivery', delivery) })}
            </label>
          ))}
        </fieldset>
      ))}
      <p>
        <button type="submit" disabled={saving.loading}>
          <FormattedMessage id="preferences.save" />
        </button>
      </p>
      <p role="status">{saved && <FormattedMessage id="preferences.saved" />}</p>
    </form>
  );
}

/** A contact point's own mail settings: the language of their mail, and per kind at once, a daily digest, or none. */
function Preferences({ network }: { network: string }) {
  const { data, error, loading } = useQuery(forNetwork(PreferencesQuery, network), {
    variables: { network: network.toUpperCase() as NetworkCode },
    fetchPolicy: 'network-only',
  });
  const prefs =
    data?.network && 'myNotificationPreferences' in data.network ? data.network.myNotificationPreferences : null;
  return (
    <>
      <QueryStatus errors={[error]} loading={loading && !prefs} />
      {prefs && (
        <PreferencesForm
          network={network}
          stored={{
            kinds: prefs.deliveries.map((d) => d.kind),
            language: prefs.language,
            deliveries: Object.fromEntries(prefs.deliveries.map((d) => [d.kind, d.delivery])),
          }}
        />
      )}
    </>
  );
}

export function Component() {
  const intl = useIntl();
  const { status, account } = useAuth();
  const network = account?.roles.includes('CONTACT_POINT') ? account.network : null;
  return (
    <Page title={intl.formatMessage({ id: 'preferences.title' })} lead={<FormattedMessage id="preferences.lead" />}>
      {network ? (
        <Preferences network={network} />
      ) : (
        status !== 'loading' && (
          <p>
            <FormattedMessage id="preferences.contactPointsOnly" />
          </p>
        )
      )}
    </Page>
  );
}
