import React, {useCallback, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import SitePage from '@site/src/components/SitePage';
import {calculatorAssumptions, calculatorInputs} from '@site/src/data/socioEconomicCalculator';
import {rates} from '@site/src/tools/kalkyl/assumptions';
import {calculate} from '@site/src/tools/kalkyl/calculate';
import {errorEntries} from '@site/src/tools/kalkyl/errors';
import {sourceNames} from '@site/src/tools/kalkyl/describeSource';
import {defaultFormValues, formValuesOf} from '@site/src/tools/kalkyl/fields';
import {presets} from '@site/src/tools/kalkyl/presets';
import {resultStatus, summaryIntro} from '@site/src/tools/kalkyl/status';
import {reportText} from '@site/src/tools/kalkyl/summary';
import {toSearch} from '@site/src/tools/kalkyl/url';
import ErrorSummary, {errorSummaryId} from './_components/ErrorSummary';
import {goTo} from './_components/goTo';
import PresetPicker from './_components/PresetPicker';
import ReportText from './_components/ReportText';
import ResultBar from './_components/ResultBar';
import ResultPanel, {resultHeadingId} from './_components/ResultPanel';
import ScenarioForm from './_components/ScenarioForm';
import {useScenarioState} from './_components/useScenarioState';
import HowItCalculates from './_sa-raknar-kalkylen.mdx';
import styles from './styles.module.css';

const path = '/verktyg/samhallsekonomisk-kalkyl';

const allAssumptionSources = [...Object.values(calculatorAssumptions), ...calculatorInputs].map((assumption) => assumption.source);

/** Public sources other than the reports, once each, for "Källor". */
const otherSources = [
  ...new Set(
    allAssumptionSources.flatMap((source) => (source.kind === 'extern' ? [`${source.publisher}: ${source.name}`] : [])),
  ),
];

export default function SocioEconomicCalculatorPage(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {values, errors, linkValues, linkHadErrors, scenario, isCurrent, setField, replaceAll} = useScenarioState();
  // What the example buttons last did, until the user changes a field.
  const [picked, setPicked] = useState<string | null>(null);
  const edit = useCallback(
    (id: string, text: string) => {
      setPicked(null);
      setField(id, text);
    },
    [setField],
  );
  const result = useMemo(() => (scenario ? calculate(scenario, rates) : null), [scenario]);
  // Only for what the form says now: a text copied while the form has errors would describe values no longer there.
  const text =
    result && scenario && isCurrent
      ? reportText({
          result,
          scenario,
          forecastYears: rates.forecastYears,
          url: `${siteConfig.url}${path}${toSearch(formValuesOf(scenario))}`,
          sources: sourceNames(allAssumptionSources),
        })
      : null;
  const entries = errorEntries(errors, linkValues);
  const intro = summaryIntro(result !== null, entries, linkValues);
  const bar = resultStatus({result, isCurrent, entries, resultHref: `#${resultHeadingId}`, summaryHref: `#${errorSummaryId}`});

  // A shared link with wrong values: focus goes to the error summary, as after sending a form with errors.
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (linkHadErrors && summary.current) goTo(summary.current);
  }, [linkHadErrors]);

  return (
    <SitePage
      title="Samhällsekonomisk kalkyl"
      description="Räkna på vad en samordnad insats ger tillbaka till kommunen, regionen, staten och deltagarna, och när den har betalat sig. Varje antagande har en källa."
      lead={
        <p>
          Vad ger det tillbaka när deltagare går från bidrag till arbete eller studier, och vem får pengarna? Fyll i
          hur många som gick vidare och vad insatsen kostade. Kalkylen bygger på de nyckeltal som Payoff använder i sina
          utvärderingar åt samordningsförbunden. Läs under <a href="#sa-raknar-kalkylen">Så räknar kalkylen</a> vad den
          räknar med och vad den lämnar utanför. Allt räknas i din webbläsare och ingenting sparas. Det du fyller i står
          i adressen, så du kan skicka länken till någon annan.
        </p>
      }
      sources={['nns-fantastiska-resultat', 'arsrapport-2024']}
      otherSources={otherSources}>
      {/* The tool itself: its controls aim at 44 × 44 px on a phone (tests/e2e/kalkyl.spec.ts). */}
      <div id="kalkyl">
        <PresetPicker
          presets={presets}
          onPick={(preset) => {
            replaceAll(formValuesOf(preset.scenario));
            setPicked(`Formuläret är ifyllt med ”${preset.name}”.`);
          }}
          onReset={() => {
            replaceAll(defaultFormValues());
            setPicked('Formuläret är återställt till rapportens exempel.');
          }}
          picked={picked && isCurrent ? {message: picked, sentence: bar.sentence} : null}
          formId="underlag"
          resultId={resultHeadingId}
        />
        <div className={styles.layout}>
          <div>
            <h2 id="underlag" tabIndex={-1}>
              Underlag
            </h2>
            <ErrorSummary ref={summary} entries={entries} intro={intro} />
            <ScenarioForm values={values} errors={errors} onChange={edit} />
            <ResultBar sentence={bar.sentence} link={bar.link} />
          </div>
          <ResultPanel result={result} forecastYears={rates.forecastYears} isCurrent={isCurrent} errorsLink={bar.link} />
        </div>
        <ReportText text={text} />
      </div>
      <p>
        Vill du se vad teamen har uppnått? Läs om <Link to="/resultat">teamens resultat</Link> och om{' '}
        <Link to="/exempel/samhallsekonomi">samhällsekonomiska resultat i andra förbund</Link>.
      </p>
      <section aria-labelledby="sa-raknar-kalkylen" className={styles.how}>
        <HowItCalculates />
      </section>
    </SitePage>
  );
}
