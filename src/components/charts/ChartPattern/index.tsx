import React, {type ReactNode} from 'react';
import type {PatternKind, SeriesStyle} from '../series';

/** The marks drawn over the colour, in an 8 × 8 tile. */
const marks: Record<Exclude<PatternKind, 'solid'>, ReactNode> = {
  diagonal: <path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" strokeWidth={2} />,
  'reverse-diagonal': <path d="M-1,7 l2,2 M0,0 l8,8 M7,-1 l2,2" strokeWidth={2} />,
  dots: <circle cx={4} cy={4} r={1.6} />,
  horizontal: <path d="M0,4 h8" strokeWidth={2} />,
  vertical: <path d="M4,0 v8" strokeWidth={2} />,
  cross: <path d="M0,4 h8 M4,0 v8" strokeWidth={1.5} />,
};

/** The <pattern> for a style, to put inside an <svg><defs>; nothing for a solid style (it is filled with the colour). */
export default function ChartPattern({id, style}: {id: string; style: SeriesStyle}): ReactNode {
  if (style.pattern === 'solid') return null;
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} style={{fill: `var(--chart-${style.colour})`}} />
      <g style={{stroke: 'var(--chart-pattern-mark)', fill: 'var(--chart-pattern-mark)'}}>{marks[style.pattern]}</g>
    </pattern>
  );
}
