import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLabels } from '../ui/labels';
import { Table } from '../ui/Table';
import { PeopleList } from './PeoplePicker';
import { defaultPicks, merged, type ConflictRow, type Pick, type Value, type Values } from './form';

interface Props {
  rows: ConflictRow[];
  theirs: Values;
  /** Takes the merged values as the new edit, against the stored version. */
  onMerge: (values: Values) => void;
}

function Shown({ row, value }: { row: ConflictRow; value: Value }) {
  const l = useLabels();
  if (typeof value === 'boolean') return <FormattedMessage id={value ? 'common.yes' : 'common.no'} />;
  if (Array.isArray(value) && row.spec.kind === 'people')
    return <PeopleList ids={value} options={row.spec.options ?? []} />;
  if (Array.isArray(value))
    return value.length ? (
      <>{row.spec.vocabulary ? l.labels(row.spec.vocabulary, value) : value.join(', ')}</>
    ) : (
      <FormattedMessage id="common.notGiven" />
    );
  return value ? <>{value}</> : <FormattedMessage id="common.notGiven" />;
}

/**
 * Someone saved first: their version as now stored beside this person's edit, field by field.
 * The person's own changes stand by default, so nothing they typed is lost unless they choose so.
 */
export function ConflictMerge({ rows, theirs, onMerge }: Props) {
  const intl = useIntl();
  const [picks, setPicks] = useState<Record<string, Pick>>(() => defaultPicks(rows));
  return (
    <section className="notice warning conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">
        <FormattedMessage id="desk.conflict.title" />
      </h2>
      <p>
        <FormattedMessage id="desk.conflict.body" />
      </p>
      <Table
        caption={<FormattedMessage id="desk.conflict.caption" />}
        columns={['desk.conflict.field', 'desk.conflict.theirs', 'desk.conflict.mine']}
      >
        {rows.map((row) => {
          const field = intl.formatMessage({ id: row.spec.label });
          const choice = (pick: Pick) => (
            <label>
              <input
                type="radio"
                name={`pick-${row.spec.name}`}
                checked={picks[row.spec.name] === pick}
                onChange={() => setPicks({ ...picks, [row.spec.name]: pick })}
                aria-label={intl.formatMessage(
                  { id: pick === 'mine' ? 'desk.conflict.keepMine' : 'desk.conflict.keepTheirs' },
                  { field },
                )}
              />{' '}
              <Shown row={row} value={pick === 'mine' ? row.mine : row.theirs} />
            </label>
          );
          return (
            <tr key={row.spec.name}>
              <th scope="row">{field}</th>
              <td>{choice('theirs')}</td>
              <td>{choice('mine')}</td>
            </tr>
          );
        })}
      </Table>
      <button type="button" onClick={() => onMerge(merged(theirs, rows, picks))}>
        <FormattedMessage id="desk.conflict.merge" />
      </button>
    </section>
  );
}
