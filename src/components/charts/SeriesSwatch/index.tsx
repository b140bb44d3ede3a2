import React, {type ReactNode} from 'react';
import {styleAt, type PatternKind} from '../series';

const marks: Record<PatternKind, ReactNode> = {
  solid: null,
  diagonal: <path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" strokeWidth={2} />,
  'reverse-diagonal': <path d="M-1,7 l2,2 M0,0 l8,8 M7,-1 l2,2" strokeWidth={2} />,
  dots: <circle cx={4} cy={4} r={1.6} />,
  horizontal: <path d="M0,4 h8" strokeWidth={2} />,
  vertical: <path d="M4,0 v8" strokeWidth={2} />,
  cross: <path d="M0,4 h8 M4,0 v8" strokeWidth={1.5} />,
};

/** The <pattern> for series `index` of chart `chartId`; put it inside an <svg><defs>. */
export function SeriesPattern({chartId, index}: {chartId: string; index: number}): ReactNode {
  const style = styleAt(index);
  if (style.pattern === 'solid') return null;
  return (
    <pattern id={`${chartId}-pattern-${index}`} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} style={{fill: `var(--chart-${style.colour})`}} />
      <g style={{stroke: 'var(--chart-pattern-mark)', fill: 'var(--chart-pattern-mark)'}}>{marks[style.pattern]}</g>
    </pattern>
  );
}

/** A small legend square in the series' colour and pattern. */
export default function SeriesSwatch({chartId, index}: {chartId: string; index: number}): ReactNode {
  const style = styleAt(index);
  const fill = style.pattern === 'solid' ? `var(--chart-${style.colour})` : `url(#${chartId}-swatch-${index})`;
  return (
    <svg width={18} height={18} aria-hidden="true" focusable="false" style={{flex: 'none'}}>
      <defs>
        {style.pattern !== 'solid' && (
          <pattern id={`${chartId}-swatch-${index}`} width={8} height={8} patternUnits="userSpaceOnUse">
            <rect width={8} height={8} style={{fill: `var(--chart-${style.colour})`}} />
            <g style={{stroke: 'var(--chart-pattern-mark)', fill: 'var(--chart-pattern-mark)'}}>{marks[style.pattern]}</g>
          </pattern>
        )}
      </defs>
      <rect x={0.5} y={0.5} width={17} height={17} style={{fill, stroke: 'var(--ifm-font-color-base)'}} strokeWidth={1} />
    </svg>
  );
}
