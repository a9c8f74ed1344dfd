import { FormattedMessage, useIntl } from 'react-intl';
import type { NetworkCode, ReferralAction } from '../__generated__/graphql';
import { QueryStatus } from '../ui/QueryStatus';
import { recordNetwork } from '../ui/networkParts';
import { useReferralStep } from './steps';
import { AnswerDateForm, AssignForm, TextStepForm } from './StepForms';

/**
 * The steps the API says the person may take on this record now (availableActions: the state machine
 * and the person's role and side), and a message to the other side when that is one of them.
 */
export function ReferralActions({
  id,
  actions,
  destinationCountry,
  counterpartName,
  onDone,
}: {
  id: string;
  actions: readonly ReferralAction[];
  destinationCountry: string;
  counterpartName: string;
  onDone: () => void;
}) {
  const intl = useIntl();
  const { take, loading, error } = useReferralStep(id, onDone);
  const t = (key: string) => intl.formatMessage({ id: key });
  const steps = actions.filter((a) => a !== 'MESSAGE');
  return (
    <>
      <section aria-labelledby="referral-actions">
        <h2 id="referral-actions">
          <FormattedMessage id="referral.actions" />
        </h2>
        <QueryStatus errors={[error]} />
        {steps.length === 0 && (
          <p>
            <FormattedMessage id="referral.actions.none" />
          </p>
        )}
        <div className="step-list">
          {steps.map((a) => {
            switch (a) {
              case 'ACKNOWLEDGE':
              case 'START':
                return (
                  <button key={a} type="button" disabled={loading} onClick={() => void take(a)}>
                    {t(`referral.action.${a}`)}
                  </button>
                );
              case 'SET_ANSWER_DATE':
                return <AnswerDateForm key={a} busy={loading} onStep={take} />;
              case 'ASSIGN':
                return (
                  <AssignForm
                    key={a}
                    network={recordNetwork(id).toUpperCase() as NetworkCode}
                    country={destinationCountry}
                    busy={loading}
                    onStep={take}
                  />
                );
              default:
                return (
                  <TextStepForm
                    key={a}
                    action={a}
                    label={t(`referral.action.${a}.text`)}
                    submit={t(`referral.action.${a}`)}
                    required={a !== 'COMPLETE'}
                    busy={loading}
                    onStep={take}
                  />
                );
            }
          })}
        </div>
      </section>
      {actions.includes('MESSAGE') && (
        <section aria-labelledby="referral-message">
          <h2 id="referral-message">
            <FormattedMessage id="referral.message" values={{ counterpart: counterpartName }} />
          </h2>
          <TextStepForm
            action="MESSAGE"
            label={t('referral.action.MESSAGE.text')}
            submit={t('referral.action.MESSAGE')}
            required
            busy={loading}
            onStep={take}
          />
        </section>
      )}
    </>
  );
}
