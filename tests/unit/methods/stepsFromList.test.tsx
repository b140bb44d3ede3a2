import React from 'react';
import {stepsFromList} from '@site/src/components/ProcessFlow/stepsFromList';

// What MDX gives ProcessFlow for a Markdown list; the theme renders li and ul with its own components.
function Li(props: {children?: React.ReactNode}) {
  return <li {...props} />;
}
const components = {li: Li};

describe('stepsFromList', () => {
  it('läser rubrik, text och vem ur en tät lista med radbrytningar', () => {
    const steps = stepsFromList(
      <ol>
        {'\n'}
        <Li>
          <strong>Kartläggning</strong>
          {'\nNi går igenom livsområden\noch behov.\nVem: Deltagaren och konsulenten'}
        </Li>
        {'\n'}
      </ol>,
      'Vägen',
      components,
    );
    expect(steps).toEqual([{title: 'Kartläggning', text: ['Ni går igenom livsområden och behov.'], who: ['Deltagaren och konsulenten']}]);
  });

  it('läser stycken i en gles lista och behåller länkar i texten', () => {
    const link = <a href="/ordlista#remiss">remissen</a>;
    const [step] = stepsFromList(
      <ul>
        <li>
          <p>
            <strong>Remiss</strong>
          </p>
          <p>
            {'Handläggaren skickar '}
            {link}
            {'.'}
          </p>
        </li>
      </ul>,
      'Vägen',
    );
    expect(step?.title).toBe('Remiss');
    expect(step?.text).toHaveLength(3);
    expect(step?.who).toBeUndefined();
  });

  it('stoppar ett steg utan rubrik i fetstil och ett steg utan text, med flödets namn och stegets nummer', () => {
    expect(() => stepsFromList(<ol><li>{'Remiss\nText.'}</li></ol>, 'Vägen')).toThrow(
      '<ProcessFlow label="Vägen">: steg 1 ska börja med stegets rubrik i fetstil',
    );
    expect(() =>
      stepsFromList(
        <ol>
          <li>
            <strong>A</strong>
            {'\nText.'}
          </li>
          <li>
            <strong>B</strong>
          </li>
        </ol>,
        'Vägen',
      ),
    ).toThrow('<ProcessFlow label="Vägen">: steg 2 saknar text under rubriken');
  });

  it('stoppar två listor och en tom lista', () => {
    expect(() => stepsFromList([<ol key="a" />, <ol key="b" />], 'Vägen')).toThrow('innehållet ska vara en lista');
    expect(() => stepsFromList(<ol>{'\n'}</ol>, 'Vägen')).toThrow('listan har inga steg');
  });
});
