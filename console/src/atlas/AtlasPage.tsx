import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import type { AssistanceMeasure } from '../__generated__/graphql';
import { CountrySelect } from '../ui/CountrySelect';
import { Page } from '../ui/Page';
import { VOCABULARY } from '../ui/vocabulary';
import { AtlasAnswer } from './AtlasAnswer';
import { MeasureChoice } from './MeasureChoice';

const isMeasure = (value: string | null): value is AssistanceMeasure =>
  (VOCABULARY.measure as readonly (string | null)[]).includes(value);

/** The EJN question, step by step: which country, which measure, then who executes it there. */
export function Component() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const country = /^[A-Z]{3}$/.test(params.get('country') ?? '') ? params.get('country')! : '';
  const measure = params.get('measure');
  const [draftCountry, setDraftCountry] = useState(country);
  // Which step the person just asked for (null on arrival from a link: the focus stays at the top).
  const [asked, setAsked] = useState<'measure' | 'answer' | null>(null);

  const chooseCountry = (e: FormEvent) => {
    e.preventDefault();
    if (!draftCountry) return;
    setAsked('measure');
    setParams({ country: draftCountry });
  };

  return (
    <Page title={intl.formatMessage({ id: 'atlas.title' })} lead={intl.formatMessage({ id: 'atlas.lead' })}>
      <ol className="steps">
        <li>
          <form onSubmit={chooseCountry} aria-labelledby="atlas-step-1">
            <h2 id="atlas-step-1">
              <FormattedMessage id="atlas.step1" />
            </h2>
            <CountrySelect
              label={intl.formatMessage({ id: 'atlas.country' })}
              anyLabel={intl.formatMessage({ id: 'atlas.chooseCountry' })}
              value={draftCountry}
              onChange={setDraftCountry}
              required
            />
            <button type="submit">
              <FormattedMessage id="atlas.showMeasures" />
            </button>
          </form>
        </li>
        {country && (
          <li>
            <MeasureChoice
              key={country}
              initial={isMeasure(measure) ? measure : null}
              focus={asked === 'measure'}
              onChoose={(m) => {
                setAsked('answer');
                setParams({ country, measure: m });
              }}
            />
          </li>
        )}
        {country && isMeasure(measure) && (
          <li>
            <AtlasAnswer country={country} measure={measure} focus={asked === 'answer'} />
          </li>
        )}
      </ol>
    </Page>
  );
}
