// @vitest-environment jsdom
import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {checkData} from '@site/src/data/validate';
import {orsDataSchema} from '@site/src/data/results/orsSchema';
import {orsData} from '@site/src/data/results/ors';
import {orsChange, statedPercentMatches} from '@site/src/data/results/orsDerive';
import OrsChange, {furtherRehabRows} from '@site/src/components/OrsChange';
import OrsScale from '@site/src/components/OrsScale';

const file = 'src/data/results/ors.ts';
const change = orsData.changes[0];

describe('ORS-data', () => {
  it('följer schemat', () => {
    expect(checkData(orsDataSchema, orsData, file, 'orsData')).toEqual([]);
  });

  it('ett medelvärde över skalans högsta värde stoppas med fil, fält och regel', () => {
    const broken = {...orsData, changes: [{...change, exitMean: 41}]};
    expect(checkData(orsDataSchema, broken, file, 'orsData')).toEqual([
      'src/data/results/ors.ts: orsData.changes[0].exitMean: ligger över skalans högsta värde (40)',
    ]);
  });

  it('skalans maxvärde måste vara linjerna gånger poängen per linje', () => {
    const broken = {...orsData, scale: {...orsData.scale, maxTotal: 50}};
    expect(checkData(orsDataSchema, broken, file, 'orsData')).toEqual([
      'src/data/results/ors.ts: orsData.scale.maxTotal: ska vara antalet linjer gånger maxPerLine (40)',
    ]);
  });

  it('SRS och ORS har lika många linjer, och en källa måste ha en webbadress', () => {
    const broken = {
      ...orsData,
      scale: {...orsData.scale, srsAreas: ['Relation'], formSource: {...orsData.scale.formSource, url: 'socialstyrelsen.se'}},
    };
    const problems = checkData(orsDataSchema, broken, file, 'orsData');
    expect(problems).toContain('src/data/results/ors.ts: orsData.scale.srsAreas: ska ha lika många områden som orsAreas (4)');
    expect(problems.some((problem) => problem.startsWith('src/data/results/ors.ts: orsData.scale.formSource.url: '))).toBe(true);
  });

  it('raden i rapporten måste anges', () => {
    const broken = {...orsData, changes: [{...change, ref: {source: 'hallstahammar-2019', lines: 'rad 117'}}]};
    expect(checkData(orsDataSchema, broken, file, 'orsData')[0]).toMatch(/^src\/data\/results\/ors\.ts: orsData\.changes\[0\]\.ref\.lines: ska vara rader i rapporten/);
  });
});

describe('beräkningarna', () => {
  it('skillnaden i poäng och som andel av in- och utgångsvärdet', () => {
    const derived = orsChange({intakeMean: 16.9, exitMean: 28});
    expect(derived.points).toBe(11.1);
    expect(derived.shareOfExit).toBeCloseTo(0.396, 3);
    expect(derived.shareOfIntake).toBeCloseTo(0.657, 3);
  });

  it('vilket sätt att räkna som ger rapportens procent', () => {
    const derived = orsChange({intakeMean: 16.9, exitMean: 28});
    expect(statedPercentMatches(derived, 40)).toBe('exit');
    expect(statedPercentMatches(derived, 66)).toBe('intake');
    expect(statedPercentMatches(derived, 50)).toBeNull();
    expect(statedPercentMatches(orsChange({intakeMean: 0, exitMean: 0}), 0)).toBeNull();
  });
});

describe('komponenterna', () => {
  it('tabellen visar rapportens medelvärden, skillnaden som beräknad och att antalet saknas', () => {
    render(<OrsChange />);
    const table = screen.getByRole('table', {name: /ORS vid inskrivning och vid avslut, Hallstahammar 2019/});
    const cells = (name: RegExp) => within(within(table).getByRole('row', {name})).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(/^Medelvärde vid inskrivning/)).toEqual(['16,9', 'Rapporten, rad 105–119, 576–590']);
    expect(cells(/^Medelvärde vid avslut/)).toEqual(['28', 'Rapporten, rad 105–119, 576–590']);
    expect(cells(/^Skillnad i poäng \(beräknat: 28 − 16,9\)/)).toEqual(['11,1', 'Beräknat av oss']);
    expect(cells(/^Förbättrad hälsa enligt rapporten/)).toEqual(['40 %', 'Rapporten, rad 105–119, 576–590']);
    expect(cells(/^Antal deltagare/)).toEqual(['–', 'Rapporten anger det inte']);
    expect(document.body).toHaveTextContent(/39,6\s%\sav medelvärdet vid avslut och 65,7\s%\sav medelvärdet vid inskrivning/);
    expect(document.body).toHaveTextContent('Rapportens siffra stämmer alltså med det första sättet att räkna.');
  });

  it('antalet avslut till fortsatt rehabilitering kommer ur resultatdatan, inte ur texten', () => {
    expect(furtherRehabRows('hallstahammar', 2019)).toEqual([
      {label: 'fortsatt medicinsk rehab', count: 3},
      {label: 'fortsatt arbetslivsinriktad rehab i kommunal regi', count: 4},
    ]);
    expect(furtherRehabRows('sala', 2019)).toEqual([]);
    render(<OrsChange />);
    expect(document.body).toHaveTextContent('avslutades 3 till fortsatt medicinsk rehab och 4 till fortsatt arbetslivsinriktad rehab i kommunal regi');
  });

  it('skalans form: fyra områden per skala, linjens längd och poängen ur datan', () => {
    render(<OrsScale />);
    expect(document.body).toHaveTextContent('Båda skalorna är fyra vågräta linjer, 10 cm långa');
    expect(document.body).toHaveTextContent('hela skalan 0–40');
    const lists = screen.getAllByRole('list');
    expect(lists).toHaveLength(2);
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(4);
    expect(within(lists[1]!).getByText('Sätt att arbeta eller metod')).toBeInTheDocument();
  });
});
