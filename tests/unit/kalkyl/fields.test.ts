import {describe, expect, it} from 'vitest';
import {teamYears} from '@site/src/data/results';
import {costPerParticipantKr} from '@site/src/data/results/derive';
import {defaultScenario, rates} from '@site/src/tools/kalkyl/assumptions';
import {calculate} from '@site/src/tools/kalkyl/calculate';
import {defaultFormValues, fieldOf, movesErrorId, parseField, readForm} from '@site/src/tools/kalkyl/fields';
import {presets, teamPreset} from '@site/src/tools/kalkyl/presets';
import {headline, reportText} from '@site/src/tools/kalkyl/summary';
import {fromSearch, hasScenario, toSearch} from '@site/src/tools/kalkyl/url';

describe('parseField', () => {
  const count = fieldOf('deltagare');
  const kronor = fieldOf('lon');
  const share = fieldOf('lonestod-andel');
  it.each([
    ['', 'Fyll i ett tal'],
    ['abc', 'Skriv bara siffror'],
    ['1e9', 'Skriv bara siffror'],
    ['12 kr', 'Skriv bara siffror'],
    ['-5', 'kan inte vara negativt'],
    ['2,5', 'helt antal'],
    ['0', 'minst 1'],
    ['100001', 'orimligt stort'],
  ])('refuses %j for a number of people with a message', (text, message) => {
    const result = parseField(text, count);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it.each([
    ['23 000', 23000],
    ['23\u00a0000', 23000],
    ['23000', 23000],
    [' 8000 ', 8000],
    ['12,5', 12.5],
    ['12.5', 12.5],
  ])('reads %j as %d kronor', (text, value) => {
    expect(parseField(text, kronor)).toEqual({ok: true, value});
  });

  it('refuses a share above 100 percent', () => {
    expect(parseField('101', share)).toEqual({ok: false, message: 'Andelen kan vara högst 100 procent.'});
    expect(parseField('31,42', share)).toEqual({ok: true, value: 31.42});
  });
});

describe('readForm', () => {
  it('accepts the defaults as the report\'s worked example', () => {
    const reading = readForm(defaultFormValues());
    expect(reading).toEqual({ok: true, scenario: defaultScenario()});
  });

  it('refuses more people in the table than participants, at the participants field and the table', () => {
    const reading = readForm({...defaultFormValues(), 'sjukpenning-arbete': '3'});
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.errors.deltagare).toContain('Tabellen räknar 4 personer, men insatsen har 1 deltagare');
      expect(reading.errors[movesErrorId]).toBe(reading.errors.deltagare);
    }
  });

  it('names each wrong field', () => {
    const reading = readForm({...defaultFormValues(), kostnad: '-1', lon: ''});
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(Object.keys(reading.errors).sort()).toEqual(['kostnad', 'lon']);
  });
});

describe('address', () => {
  it('is empty for the defaults and holds only what changed', () => {
    expect(toSearch(defaultFormValues())).toBe('');
    expect(hasScenario('')).toBe(false);
    const search = toSearch({...defaultFormValues(), deltagare: '10', 'sjukpenning-arbete': '2'});
    expect(search).toBe('?deltagare=10&sjukpenning-arbete=2');
    expect(fromSearch(search).deltagare).toBe('10');
    expect(hasScenario(search)).toBe(true);
  });

  it('keeps a wrong value as typed, so the shared page shows the same message', () => {
    const search = toSearch({...defaultFormValues(), lon: 'tjugo'});
    expect(fromSearch(search).lon).toBe('tjugo');
    const reading = readForm(fromSearch(search));
    expect(reading.ok).toBe(false);
  });

  it('cuts an over-long value and ignores unknown parameters', () => {
    const values = fromSearch(`?lon=${'9'.repeat(200)}&okand=1`);
    expect(values.lon?.length).toBeLessThanOrEqual(40);
    expect(values.okand).toBeUndefined();
  });
});

describe('presets', () => {
  it('builds the Västerås preset from the results data', () => {
    const team = teamYears.find((row) => row.team === 'vasteras' && row.year === 2024);
    if (!team) throw new Error('Västerås saknas');
    const preset = presets.find((candidate) => candidate.id === 'vasteras-2024');
    expect(preset?.scenario.participants).toBe(team.participants.total);
    expect(preset?.scenario.costPerParticipant).toBe(costPerParticipantKr(team));
    const sum = (destination: 'arbete' | 'studier') =>
      Object.values(preset?.scenario.moves ?? {}).reduce((total, row) => total + row[destination], 0);
    expect(sum('arbete')).toBe(team.endReasons.work);
    expect(sum('studier')).toBe(team.endReasons.studies);
    // Most of Västerås' participants were supported by Försäkringskassan (L921–L926).
    expect(preset?.scenario.moves.sjukpenning.arbete).toBeGreaterThanOrEqual(preset?.scenario.moves.forsorjningsstod.arbete ?? 0);
  });

  it('refuses a team whose report does not group participants by income', () => {
    const sala = teamYears.find((row) => row.team === 'sala');
    if (!sala) throw new Error('Sala saknas');
    expect(() => teamPreset({team: 'vasteras', year: 2024, incomeByParty: {forsakringskassan: 'sjukpenning', kommun: 'forsorjningsstod', 'ingen-offentlig-forsorjning': 'ingen', arbetsformedlingen: 'aktivitetsstod'}, description: 'x.'}, sala)).toThrow(/grupperar inte deltagarna efter försörjning/);
  });

  it('gives every preset a valid form', () => {
    for (const preset of presets) expect(readForm(fromSearch(toSearch(formValuesFor(preset.scenario)))).ok, preset.id).toBe(true);
  });
});

describe('summary', () => {
  it('says in one sentence what the default returns and when it has paid for itself', () => {
    const result = calculate(defaultScenario(), rates);
    expect(headline(result, 5).replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Insatsen kostar 80 000 kr, ger samhället cirka 387 000 kr per år och har betalat sig efter 3 månader. Efter 5 år är vinsten cirka 1 854 000 kr.',
    );
  });

  it('writes a text to paste with actors, key figures, sources and the link', () => {
    const result = calculate(defaultScenario(), rates);
    const text = reportText({result, scenario: defaultScenario(), forecastYears: 5, url: 'https://example.se/verktyg/samhallsekonomisk-kalkyl', sources: 'Payoff'});
    expect(text).toContain('Kommunen: cirka'.replace('cirka', '').trim());
    expect(text).toContain('Verkningsgrad: 64,5 procent');
    expect(text).toContain('Räkna själv: https://example.se/verktyg/samhallsekonomisk-kalkyl');
  });
});

import {formValuesOf as formValuesFor} from '@site/src/tools/kalkyl/fields';

describe('the data file\'s presets', () => {
  it('may only set inputs that exist, so none is silently ignored', async () => {
    const {calculatorPresetSchema} = await import('@site/src/data/socioEconomicCalculatorSchema');
    const {calculatorPresets} = await import('@site/src/data/socioEconomicCalculator');
    const preset = calculatorPresets[0]!;
    expect(calculatorPresetSchema.safeParse(preset).success).toBe(true);
    expect(calculatorPresetSchema.safeParse({...preset, values: {lonestodAndel: 50}}).success).toBe(true);
    expect(calculatorPresetSchema.safeParse({...preset, values: {okand: 1}}).success).toBe(false);
  });
});
