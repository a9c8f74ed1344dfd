import { FormattedMessage } from 'react-intl';
import type { MeasureFieldsFragment } from '../__generated__/graphql';
import { useLabels } from './labels';

/** What a country requires for one measure: applicability, legal basis, languages, dual criminality, requirements. */
export function MeasureSummary({ profile: m }: { profile: MeasureFieldsFragment }) {
  const l = useLabels();
  return (
    <dl className="facts">
      <dt>
        <FormattedMessage id="measure.applicable" />
      </dt>
      <dd>{l.label('applicability', m.applicable)}</dd>
      {m.legalBasis && (
        <>
          <dt>
            <FormattedMessage id="measure.legalBasis" />
          </dt>
          <dd>{m.legalBasis}</dd>
        </>
      )}
      <dt>
        <FormattedMessage id="measure.languages" />
      </dt>
      <dd>{m.languages.length ? l.languages(m.languages) : <FormattedMessage id="common.notGiven" />}</dd>
      <dt>
        <FormattedMessage id="measure.dualCriminality" />
      </dt>
      <dd>
        <FormattedMessage
          id={
            m.dualCriminalityRequired === null || m.dualCriminalityRequired === undefined
              ? 'common.notGiven'
              : m.dualCriminalityRequired
                ? 'common.yes'
                : 'common.no'
          }
        />
      </dd>
      {m.competentAuthority && (
        <>
          <dt>
            <FormattedMessage id="measure.competentAuthority" />
          </dt>
          <dd>{m.competentAuthority.name}</dd>
        </>
      )}
      {m.requirements.length > 0 && (
        <>
          <dt>
            <FormattedMessage id="measure.requirements" />
          </dt>
          <dd>
            <ul>
              {m.requirements.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {m.notes && (
        <>
          <dt>
            <FormattedMessage id="measure.notes" />
          </dt>
          <dd>{m.notes}</dd>
        </>
      )}
    </dl>
  );
}
