import React, {type ReactNode} from 'react';
import {
  calculatorDefaults as d,
  destinationIds,
  incomeSourceIds,
  type Assumption,
  type DestinationId,
  type IncomeSourceId,
} from '@site/src/data/socioEconomicCalculator';
import {describeSource} from '@site/src/tools/kalkyl/describeSource';
import {moveFieldId, movesErrorId, scalarFields, type FieldDefinition, type FormValues} from '@site/src/tools/kalkyl/fields';
import {unitForText, withUnit} from '@site/src/tools/kalkyl/units';
import NumberField from '../NumberField';
import styles from './styles.module.css';

export const incomeSourceNames: Record<IncomeSourceId, string> = {
  forsorjningsstod: 'Försörjningsstöd',
  sjukpenning: 'Sjukpenning',
  sjukersattning: 'Aktivitetsersättning eller sjukersättning',
  aktivitetsstod: 'Aktivitetsstöd',
  ingen: 'Ingen ersättning',
};

export const destinationNames: Record<DestinationId, string> = {
  arbete: 'Arbete',
  lonestod: 'Arbete med lönestöd',
  studier: 'Studier',
  kvar: 'Kvar i samma',
};

const amountOf: Record<Exclude<IncomeSourceId, 'ingen'>, {field: FieldDefinition; assumption: Assumption}> = {
  forsorjningsstod: {field: scalarFields.forsorjningsstod, assumption: d.forsorjningsstod},
  sjukpenning: {field: scalarFields.sjukpenning, assumption: d.sjukpenning},
  sjukersattning: {field: scalarFields.sjukersattning, assumption: d.sjukersattning},
  aktivitetsstod: {field: scalarFields.aktivitetsstod, assumption: d.aktivitetsstod},
};

/** The default, what it is and where it comes from, under a field's label. */
function Help({assumption}: {assumption: Assumption}): ReactNode {
  return (
    <>
      Förval: {withUnit(assumption.value, assumption.unit)} ({assumption.year}). {assumption.explanation}{' '}
      <span className={styles.sourceNote}>Källa: {describeSource(assumption.source, {short: true})}</span>
    </>
  );
}

interface Props {
  values: FormValues;
  errors: Record<string, string>;
  onChange: (id: string, text: string) => void;
}

/** The scenario: the intervention, what people lived on before, where they went, and what that pays. */
export default function ScenarioForm({values, errors, onChange}: Props): ReactNode {
  const field = (definition: FieldDefinition, assumption: Assumption, unit: string, label: string = assumption.name) => (
    <NumberField
      id={definition.id}
      label={label}
      help={<Help assumption={assumption} />}
      unit={unit}
      value={values[definition.id] ?? ''}
      error={errors[definition.id]}
      onChange={onChange}
    />
  );
  return (
    <form className={styles.form} noValidate onSubmit={(event) => event.preventDefault()} aria-label="Underlag för kalkylen">
      <fieldset className={styles.group}>
        <legend>1. Insatsen</legend>
        <div className={styles.grid}>
          {field(scalarFields.deltagare, d.deltagare, unitForText(values[scalarFields.deltagare.id] ?? '', scalarFields.deltagare, 'personer'))}
          {field(scalarFields.kostnad, d.kostnadPerDeltagare, 'kr per deltagare')}
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>2. Vad deltagarna levde på före och vart de gick efter</legend>
        <p className={styles.intro}>
          Skriv hur många som gick från varje ersättning till arbete, arbete med lönestöd eller studier under året
          efter insatsen. De som inte skrivs in här räknas inte. Ändra beloppet om du vet vad deltagarna faktiskt fick.
        </p>
        {errors[movesErrorId] && (
          <p className={styles.groupError} id="falt-flyttar-fel">
            <span className="sr-only">Fel:</span>{' '}
            {errors[movesErrorId]}
          </p>
        )}
        {incomeSourceIds.map((source) => (
          <fieldset key={source} className={styles.source}>
            <legend>{incomeSourceNames[source]}</legend>
            {source !== 'ingen' && field(amountOf[source].field, amountOf[source].assumption, 'kr per månad', 'Belopp per månad')}
            <div className={styles.counts}>
              {destinationIds.map((destination) => (
                <NumberField
                  key={destination}
                  id={moveFieldId(source, destination)}
                  label={
                    <>
                      <span className="sr-only">Från {incomeSourceNames[source].toLowerCase()},</span>{' '}
                      {destination === 'kvar' ? 'Kvar i samma' : `Till ${destinationNames[destination].toLowerCase()}`}
                    </>
                  }
                  unit="pers."
                  compact
                  value={values[moveFieldId(source, destination)] ?? ''}
                  error={errors[moveFieldId(source, destination)]}
                  onChange={onChange}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>3. Efter insatsen</legend>
        <div className={styles.grid}>
          {field(scalarFields.lon, d.lon, 'kr per månad')}
          {field(scalarFields.lonLonestod, d.lonMedLonestod, 'kr per månad')}
          {field(scalarFields.lonestodAndel, d.lonestodAndel, 'procent')}
          {field(scalarFields.studiebidrag, d.studiebidrag, 'kr per månad')}
        </div>
      </fieldset>
    </form>
  );
}
