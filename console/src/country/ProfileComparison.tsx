import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MeasureFieldsFragment } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { VOCABULARY } from '../ui/vocabulary';
import { compareProfiles, type ComparedField } from './compare';

interface Column {
  network: string;
  measures: readonly MeasureFieldsFragment[];
}

/** The country's measures, one column per network profile; where profiles disagree the row says so and the differing lines are marked. */
export function ProfileComparison({ columns }: { columns: readonly Column[] }) {
  const intl = useIntl();
  const l = useLabels();
  const rows = compareProfiles(
    columns.map((c) => c.measures),
    VOCABULARY.measure,
  );
  const fieldName = (f: ComparedField) => intl.formatMessage({ id: `compare.field.${f}` });
  const line = (differs: boolean, label: string, value: ReactNode) => {
    const content = (
      <>
        <span className="line-label">{label}: </span>
        {value}
      </>
    );
    return <li>{differs ? <mark>{content}</mark> : content}</li>;
  };
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <div className="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
      <table className="comparison">
        <caption id="comparison-caption">
          <FormattedMessage
            id={columns.length > 1 ? 'compare.caption.many' : 'compare.caption.one'}
            values={{ networks: intl.formatList(columns.map((c) => c.network)) }}
          />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="compare.measure" />
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.network}>
                {c.network}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const d = (f: ComparedField) => row.differs.includes(f);
            return (
              <tr key={row.measure} className={row.differs.length ? 'differs' : undefined}>
                <th scope="row">
                  {l.label('measure', row.measure)}
                  {row.differs.length > 0 && (
                    <p className="diff-note">
                      <FormattedMessage
                        id="compare.differs"
                        values={{ fields: intl.formatList(row.differs.map(fieldName)) }}
                      />
                    </p>
                  )}
                </th>
                {row.cells.map((m, i) => (
                  <td key={columns[i]!.network}>
                    {m ? (
                      <ul className="plain">
                        {line(d('applicable'), t('measure.applicable'), l.label('applicability', m.applicable))}
                        {line(d('legalBasis'), t('measure.legalBasis'), m.legalBasis ?? '—')}
                        {line(
                          d('languages'),
                          t('measure.languages'),
                          m.languages.length ? l.languages(m.languages) : '—',
                        )}
                        {line(
                          d('dualCriminalityRequired'),
                          t('measure.dualCriminality'),
                          m.dualCriminalityRequired === null || m.dualCriminalityRequired === undefined
                            ? '—'
                            : t(m.dualCriminalityRequired ? 'common.yes' : 'common.no'),
                        )}
                        {line(
                          d('competentAuthority'),
                          t('measure.competentAuthority'),
                          m.competentAuthority?.name ?? '—',
                        )}
                        {m.requirements.length > 0 &&
                          line(
                            d('requirements'),
                            t('measure.requirements'),
                            intl.formatList(m.requirements, { type: 'unit' }),
                          )}
                      </ul>
                    ) : (
                      <span className={d('described') ? 'mark-absent' : undefined}>
                        <FormattedMessage id="compare.notDescribed" />
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
