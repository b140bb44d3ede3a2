import React, {type ReactNode} from 'react';
import {
  destinationIds,
  destinationNames,
  incomeSourceIds,
  incomeSourceNames,
  type Assumption,
  type FormSection,
  type IncomeSourceId,
} from '@site/src/data/socioEconomicCalculator';
import {describeSource} from '@site/src/tools/kalkyl/describeSource';
import {
  calculatorForm,
  fieldElementId,
  moveFieldId,
  movesErrorId,
  unitForText,
  type CalculatorForm,
  type FormValues,
  type InputField,
} from '@site/src/tools/kalkyl/fields';
import {formatFieldDefault} from '@site/src/utils/format';
import NumberField from '../NumberField';
import styles from './styles.module.css';

/** The default, what it is and where it comes from, under a field's label. */
function Help({assumption}: {assumption: Assumption}): ReactNode {
  return (
    <>
      Förval: {formatFieldDefault(assumption.value, assumption.unit)} ({assumption.year}). {assumption.explanation}{' '}
      <span className={styles.sourceNote}>Källa: {describeSource(assumption.source, {short: true})}</span>
    </>
  );
}

interface Props {
  values: FormValues;
  errors: Record<string, string>;
  onChange: (id: string, text: string) => void;
  /** The form derived from the data file's table of inputs (another one in the tests). */
  form?: CalculatorForm;
}

/**
 * The scenario: the intervention, what people lived on before, where they went, and what that pays.
 * Every field of groups 1 and 3 and every amount in group 2 comes from the table of inputs.
 */
export default function ScenarioForm({values, errors, onChange, form = calculatorForm}: Props): ReactNode {
  const field = (definition: InputField) => (
    <NumberField
      key={definition.id}
      id={definition.id}
      label={definition.label}
      help={<Help assumption={definition.input} />}
      unit={unitForText(values[definition.id] ?? '', definition)}
      value={values[definition.id] ?? ''}
      error={errors[definition.id]}
      onChange={onChange}
    />
  );
  const inSection = (section: FormSection) => form.inputFields.filter((definition) => definition.input.section === section);
  const amountsOf = (source: IncomeSourceId) =>
    inSection('ersattning').filter((definition) => definition.input.place === `monthlyBenefit.${source}`);
  return (
    <form className={styles.form} noValidate onSubmit={(event) => event.preventDefault()} aria-label="Underlag för kalkylen">
      <fieldset className={styles.group}>
        <legend>1. Insatsen</legend>
        <div className={styles.grid}>{inSection('insatsen').map(field)}</div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>2. Vad deltagarna levde på före och vart de gick efter</legend>
        <p className={styles.intro}>
          Skriv hur många som gick från varje ersättning till arbete, arbete med lönestöd eller studier under året
          efter insatsen. De som inte skrivs in här räknas inte. Ändra beloppet om du vet vad deltagarna faktiskt fick.
        </p>
        {errors[movesErrorId] && (
          <p className={styles.groupError} id={`${fieldElementId(movesErrorId)}-fel`}>
            <span className="sr-only">Fel:</span>{' '}
            {errors[movesErrorId]}
          </p>
        )}
        {incomeSourceIds.map((source) => (
          <fieldset key={source} className={styles.source}>
            <legend>{incomeSourceNames[source]}</legend>
            {amountsOf(source).map(field)}
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
        <div className={styles.grid}>{inSection('efter').map(field)}</div>
      </fieldset>
    </form>
  );
}
