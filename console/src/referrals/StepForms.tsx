import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import type { NetworkCode, ReferralAction } from '../__generated__/graphql';

/** A step that carries text: a message, a reason to decline or withdraw, a closing note. */
export function TextStepForm({
  action,
  label,
  submit,
  required,
  busy,
  onStep,
}: {
  action: ReferralAction;
  label: string;
  submit: string;
  required: boolean;
  busy: boolean;
  onStep: (action: ReferralAction, args: { text?: string }) => Promise<boolean>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await onStep(action, text.trim() ? { text: text.trim() } : {})) setText('');
  };
  return (
    <form onSubmit={(e) => void send(e)} className="step-form">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={action === 'MESSAGE' || action === 'COMPLETE' ? 10_000 : 2000}
          required={required}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        {submit}
      </button>
    </form>
  );
}

const AssignableQuery = graphql(`
  query AssignableContactPoints($code: NetworkCode!, $country: String!) {
    network(code: $code) {
      code
      contactPoints(filter: { country: $country }, first: 50) {
        nodes {
          id
          fullName
          organization
        }
      }
    }
  }
`);

/** Assigns the referral to one of the destination country's contact points in this network. */
export function AssignForm({
  network,
  country,
  busy,
  onStep,
}: {
  network: NetworkCode;
  country: string;
  busy: boolean;
  onStep: (action: ReferralAction, args: { contactPointId: string }) => Promise<boolean>;
}) {
  const intl = useIntl();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const { data } = useQuery(AssignableQuery, { variables: { code: network, country } });
  return (
    <form
      className="step-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) void onStep('ASSIGN', { contactPointId: chosen });
      }}
    >
      <div className="field">
        <label htmlFor={id}>
          <FormattedMessage id="referral.action.assignTo" />
        </label>
        <select id={id} required value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'referral.action.chooseAssignee' })}</option>
          {data?.network?.contactPoints?.nodes.map((cp) => (
            <option key={cp.id} value={cp.id}>
              {cp.fullName}, {cp.organization}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy}>
        <FormattedMessage id="referral.action.ASSIGN" />
      </button>
    </form>
  );
}

/** The day a date input holds, as the end of that day in the viewer's time zone, in UTC (ISO). */
export const endOfLocalDay = (day: string): string => new Date(`${day}T23:59:00`).toISOString();

/** The viewer's today as a date input's value (YYYY-MM-DD, in their time zone). */
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The destination sets or moves the date an answer is expected by: the end of the day chosen, in the viewer's time zone. */
export function AnswerDateForm({
  busy,
  onStep,
}: {
  busy: boolean;
  onStep: (action: ReferralAction, args: { answerExpectedBy: string }) => Promise<boolean>;
}) {
  const id = useId();
  const [day, setDay] = useState('');
  return (
    <form
      className="step-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (day)
          void onStep('SET_ANSWER_DATE', { answerExpectedBy: endOfLocalDay(day) }).then((ok) => ok && setDay(''));
      }}
    >
      <div className="field">
        <label htmlFor={id}>
          <FormattedMessage id="referral.action.SET_ANSWER_DATE.date" />
        </label>
        <input id={id} type="date" required min={localToday()} value={day} onChange={(e) => setDay(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        <FormattedMessage id="referral.action.SET_ANSWER_DATE" />
      </button>
    </form>
  );
}
