import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

let firstPage = true;

/** A page: its document title, its one `<h1>`, which takes the focus after a navigation so screen readers announce it. */
export function Page({ title, children, lead }: { title: string; children: ReactNode; lead?: ReactNode }) {
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);
  const site = intl.formatMessage({ id: 'app.name' });

  useEffect(() => {
    document.title = `${title} · ${site}`;
  }, [title, site]);

  useEffect(() => {
    // On first load the browser starts at the top already; afterwards the focus would stay on the old link.
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </>
  );
}
