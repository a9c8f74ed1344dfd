import { FormattedMessage, useIntl } from 'react-intl';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Page } from '../ui/Page';

/** A path that matches no page, or a page that failed to load (e.g. its chunk on a dropped connection). */
export function RouteError() {
  const error = useRouteError();
  const intl = useIntl();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Page title={intl.formatMessage({ id: notFound ? 'error.notFound.title' : 'error.failed.title' })}>
      <p>
        <FormattedMessage id={notFound ? 'error.notFound.body' : 'error.failed.body'} />
      </p>
      <p>
        <Link to="/">
          <FormattedMessage id="error.home" />
        </Link>
      </p>
    </Page>
  );
}
