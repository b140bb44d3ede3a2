import React, {useRef, type ReactNode} from 'react';
import {pointAt, radiusOf, sectorAngles, sectorPath, valueAtPoint, wheelGeometry, wishPath} from '@site/src/tools/livshjulet/geometry';
import type {Area, Rating} from '@site/src/tools/livshjulet/model';
import styles from './styles.module.css';

export interface WheelLayer {
  /** How the layer is drawn: filled sectors, or outlines across the sectors. */
  style: 'fill' | 'hatch' | 'outline' | 'dashed';
  values: Record<string, number | null>;
  label: string;
}

interface Props {
  id: string;
  areas: readonly Area[];
  layers: readonly WheelLayer[];
  /** Text alternative: what the wheel shows, in words. */
  description: string;
  /** Called with an area and a value when the wheel is clicked or tapped; omit for a wheel that is only shown. */
  onPick?: (areaId: string, value: number) => void;
}

// Room around the ring for the area names, so that they are not cut off on narrow screens.
const size = wheelGeometry.outer + 110;

/** Splits a long area name over two lines at a space near the middle. */
function labelLines(name: string): string[] {
  if (name.length <= 14) return [name];
  const middle = name.length / 2;
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index!);
  if (spaces.length === 0) return [name];
  const split = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [name.slice(0, split), name.slice(split + 1)];
}

/**
 * The life wheel as SVG: one sector per area, rings for 0–10, "nu" as filled sectors and "dit jag
 * vill" as dashed outlines, so the gap shows without relying on colour. Rendered on the server too.
 */
export default function Wheel({id, areas, layers, description, onPick}: Props): ReactNode {
  const svg = useRef<SVGSVGElement>(null);
  const count = areas.length;

  function pick(event: React.MouseEvent<SVGSVGElement>): void {
    if (!onPick || !svg.current) return;
    const matrix = svg.current.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const hit = valueAtPoint(point.x, point.y, count);
    const area = hit ? areas[hit.index] : undefined;
    if (hit && area) onPick(area.id, hit.value);
  }

  return (
    <svg
      ref={svg}
      id={id}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${-size} ${-size} ${size * 2} ${size * 2}`}
      className={`${styles.wheel} ${onPick ? styles.pickable : ''}`}
      role="img"
      aria-label={description}
      onClick={pick}>
      <defs>
        <pattern id={`${id}-hatch`} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={8} height={8} className={styles.hatchBackground} />
          <line x1={0} y1={0} x2={0} y2={8} className={styles.hatchLine} />
        </pattern>
      </defs>
      {Array.from({length: 10}, (_, index) => (
        <circle key={index} r={radiusOf(index + 1)} className={index === 9 ? styles.outerRing : styles.ring} />
      ))}
      {areas.map((area, index) => {
        const {start} = sectorAngles(index, count);
        const edge = pointAt(start, wheelGeometry.outer);
        return <line key={area.id} x1={0} y1={0} x2={edge.x} y2={edge.y} className={styles.spoke} />;
      })}
      {layers.map((layer) =>
        areas.map((area, index) => {
          const value = layer.values[area.id];
          if (value === null || value === undefined) return null;
          if (layer.style === 'fill' || layer.style === 'hatch') {
            const path = sectorPath(index, count, value);
            return path ? (
              <path
                key={`${layer.label}-${area.id}`}
                d={path}
                className={layer.style === 'fill' ? styles.fill : styles.hatch}
                style={layer.style === 'hatch' ? {fill: `url(#${id}-hatch)`} : undefined}
              />
            ) : null;
          }
          return <path key={`${layer.label}-${area.id}`} d={wishPath(index, count, value)} className={layer.style === 'dashed' ? styles.dashed : styles.outline} />;
        }),
      )}
      {[0, 5, 10].map((value) => (
        <text key={value} data-label="scale" x={4} y={-radiusOf(value) - 4} className={styles.scale}>
          {value}
        </text>
      ))}
      {areas.map((area, index) => {
        const {middle} = sectorAngles(index, count);
        const position = pointAt(middle, wheelGeometry.outer + 30);
        const anchor = Math.abs(position.x) < 20 ? 'middle' : position.x > 0 ? 'start' : 'end';
        const lines = labelLines(area.name);
        const numberAt = pointAt(middle, wheelGeometry.outer + 34);
        return (
          <g key={area.id}>
            {/* The name on wide screens; on a phone the area's number, large enough to read (the names are listed beside). */}
            <text data-label="name" x={position.x} y={position.y - (lines.length - 1) * 7} textAnchor={anchor} className={styles.label}>
              {lines.map((line, lineIndex) => (
                <tspan key={lineIndex} x={position.x} dy={lineIndex === 0 ? 4 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
            <text data-label="number" x={numberAt.x} y={numberAt.y} dy="0.35em" textAnchor="middle" className={styles.labelNumber} aria-hidden="true">
              {index + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
