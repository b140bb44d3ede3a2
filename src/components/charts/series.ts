/**
 * The charts' one pattern set: each series has a colour (CSS variable, set for light and dark mode
 * in custom.css) and a pattern of its own, so that colour is never the only way to tell series
 * apart (WCAG 1.4.1). Every chart – stacked bars, the legend swatches, the team map and the
 * calculator's gains and losses – takes its fills from here and draws them with ChartPattern.
 */
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'reverse-diagonal' | 'cross' | 'vertical';

export interface SeriesStyle {
  /** 1–7: --chart-1 … --chart-7 */
  colour: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  pattern: PatternKind;
}

/** One style per series, in order; no two share a colour or a pattern. */
export const seriesStyles: readonly SeriesStyle[] = [
  {colour: 1, pattern: 'solid'},
  {colour: 2, pattern: 'diagonal'},
  {colour: 3, pattern: 'dots'},
  {colour: 4, pattern: 'horizontal'},
  {colour: 5, pattern: 'reverse-diagonal'},
  {colour: 6, pattern: 'cross'},
  {colour: 7, pattern: 'vertical'},
];

/** Gains and losses in a chart of signed values: a loss differs from a gain in colour and pattern. */
export const gainStyle: SeriesStyle = seriesStyles[0]!;
export const lossStyle: SeriesStyle = {colour: 5, pattern: 'diagonal'};

/** The style of series `index`. A chart with more series than there are patterns stops the build. */
export function styleAt(index: number): SeriesStyle {
  const style = seriesStyles[index];
  if (!style) {
    throw new RangeError(
      `Diagrammets serie ${index + 1} har inget eget mönster: ett diagram får ha högst ${seriesStyles.length} serier (src/components/charts/series.ts), annars skiljs två serier bara av färgen.`,
    );
  }
  return style;
}

/** The SVG fill for a style: the plain colour when solid, otherwise the pattern with id `patternId`. */
export function fillOf(style: SeriesStyle, patternId: string): string {
  return style.pattern === 'solid' ? `var(--chart-${style.colour})` : `url(#${patternId})`;
}

/** The id of series `index`'s pattern in chart `chartId` (drawn by SeriesPattern). */
export function patternId(chartId: string, index: number): string {
  return `${chartId}-pattern-${index}`;
}

export function fillFor(chartId: string, index: number): string {
  return fillOf(styleAt(index), patternId(chartId, index));
}

/** Where `value` lies between `min` and `max`, in per cent of the axis (what d3's scaleLinear did for the charts). */
export function percentOf(value: number, min: number, max: number): number {
  return max === min ? 0 : ((value - min) / (max - min)) * 100;
}
