// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import StackedBarChart from '@site/src/components/charts/StackedBarChart';
import DivergingBarChart from '@site/src/components/charts/DivergingBarChart';
import BarChart from '@site/src/components/charts/BarChart';
import SeriesSwatch from '@site/src/components/charts/SeriesSwatch';
import {percentOf, seriesStyles, styleAt} from '@site/src/components/charts/series';

/**
 * What a reader without colour vision sees of a fill: nothing for a plain colour ("enfärgad"),
 * otherwise the marks of its pattern (the colour removed).
 */
function patternOf(container: HTMLElement, fill: string): string {
  const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
  if (!id) return 'enfärgad';
  const pattern = container.querySelector(`pattern[id="${id}"]`);
  if (!pattern) throw new Error(`mönstret ${id} saknas`);
  return pattern.querySelector('g')!.innerHTML;
}

const fills = (elements: ArrayLike<Element>) => Array.from(elements).map((element) => (element as SVGElement).style.fill);

describe('diagrammens mönster', () => {
  const series = seriesStyles.map((_, index) => `Serie ${index + 1}`);

  it('två serier i ett staplat diagram har aldrig samma mönster (färgen får inte vara enda skillnaden)', () => {
    const {container} = render(<StackedBarChart id="test" series={series} rows={[{label: 'Rad', values: series.map(() => 1)}]} unit="personer" />);
    const segments = container.querySelectorAll('svg[role="img"] rect');
    expect(segments).toHaveLength(series.length);
    const patterns = fills(segments).map((fill) => patternOf(container, fill));
    expect(new Set(patterns).size, patterns.join(' | ')).toBe(series.length);
  });

  it('förklaringens rutor har samma mönster som sina serier och skiljer sig från varandra', () => {
    const patterns = series.map((_, index) => {
      const {container} = render(<SeriesSwatch chartId="test" index={index} />);
      return patternOf(container, fills(container.querySelectorAll('rect:not(pattern rect)'))[0]!);
    });
    expect(new Set(patterns).size).toBe(series.length);
    expect(patterns[0]).toBe('enfärgad');
  });

  it('förlust och vinst skiljer sig i mönster, inte bara i färg', () => {
    const {container} = render(
      <DivergingBarChart
        id="test"
        rows={[
          {label: 'Vinst', value: 100, display: '100 kr'},
          {label: 'Förlust', value: -50, display: '−50 kr'},
        ]}
      />,
    );
    const [gain, loss] = fills(container.querySelectorAll('svg[role="img"] rect')).map((fill) => patternOf(container, fill));
    expect(gain).not.toBe(loss);
  });

  it('ett diagram med fler serier än mönster stoppar bygget med ett svenskt fel', () => {
    expect(() => styleAt(seriesStyles.length)).toThrow(`ett diagram får ha högst ${seriesStyles.length} serier`);
  });
});

describe('staplarnas längd', () => {
  it('räknar en stapel som andel av axeln', () => {
    expect(percentOf(25, 0, 200)).toBe(12.5);
    expect(percentOf(0, -50, 150)).toBe(25);
    expect(percentOf(5, 5, 5)).toBe(0);
  });

  it('den längsta stapeln fyller axeln och de andra i proportion', () => {
    const {container} = render(
      <BarChart
        rows={[
          {label: 'A', value: 40, display: '40'},
          {label: 'B', value: 10, display: '10'},
        ]}
      />,
    );
    expect(Array.from(container.querySelectorAll('rect')).map((rect) => rect.getAttribute('width'))).toEqual(['100%', '25%']);
  });

  it('ett staplat diagram lägger delarna efter varandra', () => {
    const {container} = render(<StackedBarChart id="s" series={['A', 'B']} rows={[{label: 'Rad', values: [30, 10]}, {label: 'Kort', values: [10, 10]}]} unit="personer" />);
    const rects = Array.from(container.querySelectorAll('svg[role="img"] rect')).map((rect) => [rect.getAttribute('x'), rect.getAttribute('width')]);
    expect(rects).toEqual([
      ['0%', '75%'],
      ['75%', '25%'],
      ['0%', '25%'],
      ['25%', '25%'],
    ]);
  });
});
