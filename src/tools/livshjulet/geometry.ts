/**
 * The wheel's geometry: value → sector path, and a click or tap → area and value. Angles follow
 * d3-shape: 0 at twelve o'clock, clockwise. Pure and unit-tested; the SVG is drawn from it.
 */
import {arc} from 'd3-shape';

export interface WheelGeometry {
  /** Radius of the empty centre. */
  inner: number;
  /** Radius of the value 10. */
  outer: number;
}

export const wheelGeometry: WheelGeometry = {inner: 24, outer: 180};

const fullTurn = 2 * Math.PI;

export function sectorAngles(index: number, count: number): {start: number; end: number; middle: number} {
  const step = fullTurn / count;
  return {start: index * step, end: (index + 1) * step, middle: (index + 0.5) * step};
}

/** The radius at which the value `value` (0–10) is drawn. */
export function radiusOf(value: number, geometry: WheelGeometry = wheelGeometry): number {
  return geometry.inner + ((geometry.outer - geometry.inner) * Math.min(10, Math.max(0, value))) / 10;
}

/** SVG path of the filled sector for `value` in area `index` of `count`; empty for value 0. */
export function sectorPath(index: number, count: number, value: number, geometry: WheelGeometry = wheelGeometry): string {
  if (value <= 0) return '';
  const {start, end} = sectorAngles(index, count);
  return arc()({innerRadius: geometry.inner, outerRadius: radiusOf(value, geometry), startAngle: start, endAngle: end}) ?? '';
}

/** A point on the circle of `radius` at `angle` (d3 convention) in SVG coordinates. */
export function pointAt(angle: number, radius: number): {x: number; y: number} {
  return {x: Math.sin(angle) * radius, y: -Math.cos(angle) * radius};
}

/** The outline of the wished value: an arc across the sector at that radius. */
export function wishPath(index: number, count: number, value: number, geometry: WheelGeometry = wheelGeometry): string {
  const {start, end} = sectorAngles(index, count);
  const radius = radiusOf(value, geometry);
  const from = pointAt(start, radius);
  const to = pointAt(end, radius);
  const large = end - start > Math.PI ? 1 : 0;
  return `M${from.x.toFixed(2)},${from.y.toFixed(2)}A${radius.toFixed(2)},${radius.toFixed(2)} 0 ${large} 1 ${to.x.toFixed(2)},${to.y.toFixed(2)}`;
}

/**
 * Which area and value a point in wheel coordinates (centre 0,0) means, or null outside the wheel.
 * The centre means 0; the ring's outer edge 10, with a little slack for fingers.
 */
export function valueAtPoint(
  x: number,
  y: number,
  count: number,
  geometry: WheelGeometry = wheelGeometry,
): {index: number; value: number} | null {
  const radius = Math.hypot(x, y);
  if (radius > geometry.outer * 1.08) return null;
  // "+ 0" turns −0 into 0: atan2(0, −0) would be π, not 0.
  let angle = Math.atan2(x, -y + 0);
  if (angle < 0) angle += fullTurn;
  const index = Math.min(count - 1, Math.floor(angle / (fullTurn / count)));
  const value = Math.round(((radius - geometry.inner) / (geometry.outer - geometry.inner)) * 10);
  return {index, value: Math.min(10, Math.max(0, value))};
}
