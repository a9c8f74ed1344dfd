import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export interface Listed {
  id: string;
  name: string;
  to: string;
  /** Shown after the link (a country, a date, a badge). */
  extra?: ReactNode;
}

/** One kind of directory record on the desk: how many, a link to create one, and each to edit. */
interface Props {
  id: string;
  /** Message id of the heading, given the count. */
  heading: string;
  count: number;
  createTo?: string;
  /** Message id of the link to create one. */
  createLabel?: string;
  items: readonly Listed[];
}

export function KindSection({ id, heading, count, createTo, createLabel, items }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className="network-section">
      <h2 id={`${id}-heading`}>
        <FormattedMessage id={heading} values={{ count }} />
      </h2>
      {createTo && createLabel && (
        <p>
          <Link to={createTo}>
            <FormattedMessage id={createLabel} />
          </Link>
        </p>
      )}
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={item.to}>{item.name}</Link>
            {item.extra && <> {item.extra}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
