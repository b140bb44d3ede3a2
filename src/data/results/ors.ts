/**
 * ORS (Outcome Rating Scale): the scale's form from named public sources, and the change that
 * Samordningsteamet i Hallstahammar reported for 2019 (seeds/003_a0aff5c80b97cf24.txt). The report
 * says nothing about the form of the scale; that part comes from the public sources named here and
 * in the page's Källor. Computed values (the change in points and as shares) are in orsDerive.ts.
 */
import type {z} from 'zod';
import type {orsDataSchema} from './orsSchema';

type OrsData = z.input<typeof orsDataSchema>;

const socialstyrelsenOrs = {
  publisher: 'Socialstyrelsen, Metodguiden',
  title: 'ORS (Skattning av förändring)',
  url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/evidensbaserad-praktik/metodguiden/ors-skattning-av-forandring/',
};

export const orsData = {
  scale: {
    // Socialstyrelsen's Swedish names for the four areas; SRS from its page on SRS (Skattning av samtal).
    orsAreas: ['Individuellt (personligt välbefinnande)', 'Nära relationer (familj och andra nära relationer)', 'Socialt (arbete, skola, vänner)', 'Allmänt (livet som helhet)'],
    srsAreas: ['Relation', 'Mål och ämne', 'Sätt att arbeta eller metod', 'Allmänt'],
    lineLengthCm: 10,
    maxPerLine: 10,
    maxTotal: 40,
    formSource: socialstyrelsenOrs,
    scoringSource: {
      publisher: 'Journal of Brief Therapy, vol. 2 nr 2, 2003',
      title: 'Miller, Duncan m.fl.: The Outcome Rating Scale: A Preliminary Study of the Reliability, Validity, and Feasibility of a Brief Visual Analog Measure',
      url: 'http://www.slideshare.net/barrylduncan/outcome-rating-scale-ors',
    },
  },
  changes: [
    {
      team: 'hallstahammar',
      year: 2019,
      // L109–L115, L580–L588: those who went on to further work-oriented or medical rehabilitation.
      group: 'De deltagare som avslutades till fortsatt arbetsinriktad eller medicinsk rehabilitering.',
      // The report gives no number for the compilation.
      participants: null,
      // "Medeltal på ORS vid inskrivning var 16.9 och vid avslut var medeltal 28" (L117, L588–L590).
      intakeMean: 16.9,
      exitMean: 28,
      // "upplevde gruppen en förbättrad hälsa med 40 %" (L117–L119, L590).
      statedImprovementPercent: 40,
      ref: {source: 'hallstahammar-2019', lines: 'L105–L119, L576–L590'},
    },
  ],
} as const satisfies OrsData;
