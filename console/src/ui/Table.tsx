import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface Props {
  caption: ReactNode;
  /** The message ids of the column headings, in order. */
  columns: readonly string[];
  className?: string;
  /** The table's rows. */
  children: ReactNode;
}

/** A table that scrolls sideways on a narrow screen, with a caption and a heading per column. */
export function Table({ caption, columns, className, children }: Props) {
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((id) => (
              <th key={id} scope="col">
                <FormattedMessage id={id} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
