import { FormattedMessage } from 'react-intl';
import { graphql } from '../__generated__';
import type { ReferralEventFieldsFragment } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { mergeTimelines } from './timeline';

export const ReferralEventFields = graphql(`
  fragment ReferralEventFields on ReferralEvent {
    sequence
    side
    type
    at
    note
    answerExpectedBy
    assignedTo {
      id
      fullName
    }
  }
`);

/** Both sides' steps and messages in one list, oldest first; each says which side wrote it. */
export function Timeline({
  own,
  counterpart,
  sides,
}: {
  own: readonly ReferralEventFieldsFragment[] | null | undefined;
  counterpart: readonly ReferralEventFieldsFragment[] | null | undefined;
  /** Who each side is, in words (e.g. "Cambodia, SEAJust"). */
  sides: Record<'ORIGIN' | 'DESTINATION', string>;
}) {
  const l = useLabels();
  const events = mergeTimelines(own, counterpart);
  return (
    <section aria-labelledby="referral-timeline">
      <h2 id="referral-timeline">
        <FormattedMessage id="referral.timeline" />
      </h2>
      <ol className="timeline">
        {events.map((e) => (
          <li key={`${e.side}:${e.sequence}`} className={e.type === 'MESSAGE' ? 'message' : undefined}>
            <p>
              <time dateTime={e.at}>{l.dateTimeShort(e.at)}</time> · <strong>{l.label('referralEvent', e.type)}</strong>{' '}
              · <FormattedMessage id="referral.timeline.by" values={{ side: sides[e.side] }} />
            </p>
            {e.assignedTo && (
              <p>
                <FormattedMessage id="referral.timeline.assignedTo" values={{ name: e.assignedTo.fullName }} />
              </p>
            )}
            {e.answerExpectedBy && (
              <p>
                <FormattedMessage
                  id="referral.timeline.answerExpectedBy"
                  values={{ at: l.dateTimeShort(e.answerExpectedBy) }}
                />
              </p>
            )}
            {e.note && <blockquote>{e.note}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
