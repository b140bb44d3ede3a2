/**
 * Chart series styles: a colour (CSS variable, set for light and dark mode in custom.css) and a
 * pattern, so that colour is never the only way to tell series apart (WCAG 1.4.1).
 */
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'cross' | 'vertical' | 'reverse-diagonal';

export interface SeriesStyle {
  /** 1–7: --chart-1 … --chart-7 */
  colour: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  pattern: PatternKind;
}

export const seriesStyles: readonly SeriesStyle[] = [
  {colour: 1, pattern: 'solid'},
  {colour: 2, pattern: 'diagonal'},
  {colour: 3, pattern: 'dots'},
  {colour: 4, pattern: 'horizontal'},
  {colour: 5, pattern: 'solid'},
  {colour: 6, pattern: 'cross'},
  {colour: 7, pattern: 'vertical'},
];

export function styleAt(index: number): SeriesStyle {
  return seriesStyles[index % seriesStyles.length]!;
}

export function fillFor(chartId: string, index: number): string {
  const style = styleAt(index);
  return style.pattern === 'solid' ? `var(--chart-${style.colour})` : `url(#${chartId}-pattern-${index})`;
}
