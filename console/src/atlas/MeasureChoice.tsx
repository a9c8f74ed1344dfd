import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AssistanceMeasure } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { VOCABULARY } from '../ui/vocabulary';

/** Step 2: one measure among the Fiches Belges groups, as radio buttons (arrow keys move between them). */
export function MeasureChoice({
  initial,
  focus,
  onChoose,
}: {
  initial: AssistanceMeasure | null;
  focus: boolean;
  onChoose: (m: AssistanceMeasure) => void;
}) {
  const intl = useIntl();
  const l = useLabels();
  const [measure, setMeasure] = useState<AssistanceMeasure | null>(initial);
  const heading = useRef<HTMLHeadingElement>(null);
  // The person chose a country: take them to the next question.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (measure) onChoose(measure);
  };
  return (
    <form onSubmit={submit} aria-labelledby="atlas-step-2">
      <h2 id="atlas-step-2" ref={heading} tabIndex={-1}>
        <FormattedMessage id="atlas.step2" />
      </h2>
      <fieldset className="measures">
        <legend>{intl.formatMessage({ id: 'atlas.measure' })}</legend>
        {VOCABULARY.measure.map((m) => (
          <label key={m} className="check">
            <input
              type="radio"
              name="measure"
              value={m}
              checked={measure === m}
              onChange={() => setMeasure(m)}
              required
            />{' '}
            {l.label('measure', m)}
          </label>
        ))}
      </fieldset>
      <button type="submit">
        <FormattedMessage id="atlas.showAuthorities" />
      </button>
    </form>
  );
}
