import { FormattedMessage } from 'react-intl';
import type { AssistanceMeasure, MeasureFieldsFragment } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';

/**
 * Before sending: for each chosen measure, what the destination's country profile says a
 * sender must know (not applicable, dual criminality, the languages accepted, its requirements).
 */
export function MeasureWarnings({
  measures,
  profile,
  country,
}: {
  measures: readonly AssistanceMeasure[];
  profile: readonly MeasureFieldsFragment[];
  country: string;
}) {
  const l = useLabels();
  if (measures.length === 0) return null;
  return (
    <section aria-labelledby="compose-warnings" className="notice warning">
      <h2 id="compose-warnings">
        <FormattedMessage id="compose.warnings" values={{ country }} />
      </h2>
      <ul>
        {measures.map((m) => {
          const p = profile.find((x) => x.measure === m);
          const name = l.label('measure', m);
          return (
            <li key={m}>
              <strong>{name}</strong>
              <ul>
                {!p && (
                  <li>
                    <FormattedMessage id="compose.warning.noProfile" />
                  </li>
                )}
                {p?.applicable === 'NO' && (
                  <li>
                    <FormattedMessage id="compose.warning.notApplicable" values={{ country }} />
                  </li>
                )}
                {p?.applicable === 'PARTLY' && (
                  <li>
                    <FormattedMessage id="compose.warning.partly" values={{ country }} />
                  </li>
                )}
                {p?.dualCriminalityRequired && (
                  <li>
                    <FormattedMessage id="compose.warning.dualCriminality" />
                  </li>
                )}
                {p && p.languages.length > 0 && (
                  <li>
                    <FormattedMessage id="compose.warning.languages" values={{ languages: l.languages(p.languages) }} />
                  </li>
                )}
                {p?.requirements.map((r) => (
                  <li key={r}>
                    <FormattedMessage id="compose.warning.requirement" values={{ requirement: r }} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
