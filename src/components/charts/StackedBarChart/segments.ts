/** One segment of a stacked bar: where it starts and ends on the axis, in the row's own units. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * The segments of one stacked bar: each value starts where the one before it ended
 * ([3, 0, 2] → 0–3, 3–3, 3–5). A value that is not a positive number takes no room.
 */
export function stackSegments(values: readonly number[]): Segment[] {
  let end = 0;
  return values.map((value) => {
    const start = end;
    end += Number.isFinite(value) && value > 0 ? value : 0;
    return {start, end};
  });
}
