/**
 * What the site computes from the ORS data: the change in points and that change as a share of
 * the mean at enrolment and of the mean at the end. Shown on the site as "beräknat".
 */
export interface OrsMeans {
  intakeMean: number;
  exitMean: number;
}

export interface OrsChangeDerived {
  /** exitMean − intakeMean, in points on the scale. */
  points: number;
  /** The change as a share of the mean at enrolment (the usual way to state an increase). */
  shareOfIntake: number | null;
  /** The change as a share of the mean at the end. */
  shareOfExit: number | null;
}

/** Rounded to one decimal, so that 28 − 16.9 is 11.1 and not 11.099999999999998. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function orsChange({intakeMean, exitMean}: OrsMeans): OrsChangeDerived {
  const points = round1(exitMean - intakeMean);
  return {
    points,
    shareOfIntake: intakeMean === 0 ? null : points / intakeMean,
    shareOfExit: exitMean === 0 ? null : points / exitMean,
  };
}

/**
 * Which of the two computed shares rounds to the report's stated per cent (whole per cent), if
 * any: tells the reader how the report probably counted.
 */
export function statedPercentMatches(derived: OrsChangeDerived, statedPercent: number): 'intake' | 'exit' | null {
  const matches = (share: number | null) => share !== null && Math.round(share * 100) === statedPercent;
  if (matches(derived.shareOfIntake)) return 'intake';
  if (matches(derived.shareOfExit)) return 'exit';
  return null;
}
