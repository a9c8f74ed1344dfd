import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** The cursors of the pages behind the one shown, for a list paged forward by cursor and back by memory. */
export interface Cursors {
  /** The cursor to ask the shown page with; null for the first page. */
  after: string | null;
  /** How many pages lie behind the one shown. */
  depth: number;
  /** Back to the first page (a new search). */
  reset(): void;
  previous(): void;
  next(endCursor: string): void;
}

export function useCursors(): Cursors {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    after: cursors.at(-1) ?? null,
    depth: cursors.length,
    reset: () => setCursors([]),
    previous: () => setCursors((c) => c.slice(0, -1)),
    next: (endCursor) => setCursors((c) => [...c, endCursor]),
  };
}

interface Props {
  cursors: Cursors;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** Names the pager as a navigation landmark; without it the buttons stand in a plain group. */
  label?: string;
  /** Shown between the buttons, e.g. "Page 2 of 5". */
  position?: ReactNode;
}

/** Previous and next page buttons over `useCursors`: next is offered only when the page says where the next one starts. */
export function Pager({ cursors, pageInfo, label, position }: Props) {
  const { endCursor } = pageInfo;
  const buttons = (
    <>
      <button type="button" disabled={cursors.depth === 0} onClick={cursors.previous}>
        <FormattedMessage id="directory.pager.previous" />
      </button>
      {position && <span>{position}</span>}
      <button
        type="button"
        disabled={!pageInfo.hasNextPage || !endCursor}
        onClick={() => endCursor && cursors.next(endCursor)}
      >
        <FormattedMessage id="directory.pager.next" />
      </button>
    </>
  );
  return label ? (
    <nav className="pager" aria-label={label}>
      {buttons}
    </nav>
  ) : (
    <div className="pager">{buttons}</div>
  );
}
