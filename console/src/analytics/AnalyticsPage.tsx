import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import { useAuth } from '../auth/AuthProvider';
import { graphQLErrors, QueryStatus } from '../ui/QueryStatus';
import { isForbidden } from '../ui/errors';
import { Page } from '../ui/Page';
import { Restricted } from '../ui/Restricted';
import { Dashboard } from './Dashboard';
import { useAnalyticsLabels } from './labels';
import { monthChoices, parsePeriod, periodRange } from './period';
import { PeriodForm } from './PeriodForm';
import './analytics.css';

// Everything the dashboard shows, for all four networks at once; the gateway's cost model counts it (docs/security.md, limits).
const AnalyticsDashboardQuery = graphql(`
  query AnalyticsDashboard($from: DateTime!, $to: DateTime!) {
    networks {
      code
      statistics(from: $from, to: $to) {
        perturbed
        outgoing {
          byCounterpartNetwork {
            key
            count
            suppressed
          }
        }
        monthly {
          month
          outgoing {
            key
            count
            suppressed
          }
          incoming {
            key
            count
            suppressed
          }
        }
        incomingTimeliness {
          acknowledgement {
            count
            suppressed
            medianDays
            p90Days
          }
          completion {
            count
            suppressed
            medianDays
            p90Days
          }
        }
        openByAge {
          key
          count
          suppressed
        }
        directory {
          contactPointsPerCountry {
            key
            count
            suppressed
          }
          notReviewedIn12Months
          countriesWithout24x7 {
            code
          }
        }
      }
    }
  }
`);

/** The analysts' dashboard: the four networks side by side over whole months, as charts, tables, CSV and a printable report. */
export function Component() {
  const intl = useIntl();
  const l = useAnalyticsLabels();
  const { account, status } = useAuth();
  const [params, setParams] = useSearchParams();
  const [showTable, setShowTable] = useState(false);
  const now = new Date();
  const period = parsePeriod(params.get('from'), params.get('to'), now);
  const { data, error, loading } = useQuery(AnalyticsDashboardQuery, {
    variables: periodRange(period),
    skip: !account,
  });
  const networks = data?.networks ?? [];
  const errors = graphQLErrors(error);
  const forbidden =
    networks.length > 0 &&
    networks.every((n) => !n.statistics && isForbidden(errors, ['networks', 0, 'statistics'], n.code));
  const title = intl.formatMessage({ id: 'analytics.title' });
  return (
    <Page
      title={title}
      lead={intl.formatMessage(
        { id: 'analytics.lead' },
        { first: l.longMonth(period.first), last: l.longMonth(period.last) },
      )}
    >
      <div className="analytics">
        <PeriodForm
          key={`${period.first}/${period.last}`}
          period={period}
          choices={monthChoices(now)}
          monthName={l.longMonth}
          onChange={(p) => setParams({ from: p.first, to: p.last })}
        />
        {!account && status !== 'loading' && <Restricted audience="statistics" />}
        {forbidden && <Restricted audience="statistics" />}
        <QueryStatus errors={[error]} loading={loading && !data} />
        {networks.length > 0 && !forbidden && (
          <>
            <div className="analytics-tools no-print">
              <label className="check">
                <input type="checkbox" checked={showTable} onChange={(e) => setShowTable(e.target.checked)} />{' '}
                <FormattedMessage id="analytics.showTables" />
              </label>
              <button type="button" className="secondary" onClick={() => window.print()}>
                <FormattedMessage id="analytics.print" />
              </button>
            </div>
            {networks.some((n) => n.statistics?.perturbed) && (
              <p className="notice info">
                <FormattedMessage id="analytics.disclosure" />
              </p>
            )}
            <Dashboard networks={networks} period={period} showTable={showTable} />
          </>
        )}
      </div>
    </Page>
  );
}
