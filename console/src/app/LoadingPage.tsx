import { FormattedMessage } from 'react-intl';

export function LoadingPage() {
  return (
    <main id="main">
      <p role="status" className="loading">
        <FormattedMessage id="status.loading" />
      </p>
    </main>
  );
}
