import React, {type ReactNode} from 'react';
import {fillOf, patternId, styleAt} from '../series';
import ChartPattern from '../ChartPattern';

/** The <pattern> for series `index` of chart `chartId`; put it inside an <svg><defs>. */
export function SeriesPattern({chartId, index}: {chartId: string; index: number}): ReactNode {
  return <ChartPattern id={patternId(chartId, index)} style={styleAt(index)} />;
}

/** A small legend square in the series' colour and pattern. */
export default function SeriesSwatch({chartId, index}: {chartId: string; index: number}): ReactNode {
  const style = styleAt(index);
  const id = `${chartId}-swatch-${index}`;
  return (
    <svg width={18} height={18} aria-hidden="true" focusable="false" style={{flex: 'none'}}>
      <defs>
        <ChartPattern id={id} style={style} />
      </defs>
      <rect x={0.5} y={0.5} width={17} height={17} style={{fill: fillOf(style, id), stroke: 'var(--ifm-font-color-base)'}} strokeWidth={1} />
    </svg>
  );
}
