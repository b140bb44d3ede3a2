import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {OrsChange as OrsChangeData} from '@site/src/data/results/orsSchema';
import {orsData} from '@site/src/data/results/ors';
import {orsChange, statedPercentMatches} from '@site/src/data/results/orsDerive';
import {periodResults} from '@site/src/data/results';
import {sourceById} from '@site/src/data/sourceLookup';
import {teamName} from '@site/src/data/teams';
import {formatNumber, formatPercent, formatReportLines} from '@site/src/utils/format';
import FigureTable from '../FigureTable';
import styles from './styles.module.css';


/**
 * The end reasons a period result gives for further rehabilitation, so that the page can say how
 * many ended that way without typing the numbers again. Empty when the team and year have none.
 */
export function furtherRehabRows(team: string, year: number): {label: string; count: number}[] {
  const result = periodResults.find((period) => period.team === team && period.year === year);
  if (!result) return [];
  return result.endReasons.rows.filter((row) => /fortsatt/i.test(row.label)).map((row) => ({label: row.label.replace(/^Antal till /, ''), count: row.count}));
}

/** A report's ORS change as a table: the means as printed, the change we compute, and the report's own per cent. */
export default function OrsChange({change = orsData.changes[0], maxTotal = orsData.scale.maxTotal}: {change?: OrsChangeData; maxTotal?: number}): ReactNode {
  const derived = orsChange(change);
  const source = sourceById(change.ref.source);
  const lines = formatReportLines(change.ref.lines);
  const match = statedPercentMatches(derived, change.statedImprovementPercent);
  const rehab = furtherRehabRows(change.team, change.year);
  const caption = `ORS vid inskrivning och vid avslut, ${teamName(change.team)} ${change.year} (medelvärden, skala 0–${maxTotal})`;
  return (
    <div className={styles.change}>
      <FigureTable
        caption={caption}
        headers={['Vad', 'Värde', 'Källa']}
        rows={[
          ['Medelvärde vid inskrivning', change.intakeMean, `Rapporten, ${lines}`],
          ['Medelvärde vid avslut', change.exitMean, `Rapporten, ${lines}`],
          [`Skillnad i poäng (beräknat: ${formatNumber(change.exitMean)} − ${formatNumber(change.intakeMean)})`, derived.points, 'Beräknat av oss'],
          ['Förbättrad hälsa enligt rapporten', `${formatNumber(change.statedImprovementPercent)} %`, `Rapporten, ${lines}`],
          ['Antal deltagare i sammanställningen', change.participants, change.participants === null ? 'Rapporten anger det inte' : `Rapporten, ${lines}`],
        ]}
        derivedRows={[2]}
      />
      <p className={styles.note}>
        <strong>Om procentsatsen:</strong> rapporten säger inte hur den räknade fram {formatNumber(change.statedImprovementPercent)} %.
        {derived.shareOfExit !== null && derived.shareOfIntake !== null && (
          <>
            {' '}
            Skillnaden är {formatPercent(derived.shareOfExit, 1)} av medelvärdet vid avslut och {formatPercent(derived.shareOfIntake, 1)} av medelvärdet
            vid inskrivning (båda beräknade).
            {match === 'exit' &&
              ` Rapportens siffra stämmer alltså med det första sättet att räkna. Det vanliga sättet att ange en ökning är att jämföra med utgångsläget, och då är ökningen större.`}
            {match === 'intake' && ` Rapportens siffra stämmer med en ökning räknad från utgångsläget.`}
          </>
        )}
      </p>
      {change.participants === null && rehab.length > 0 && (
        <p className={styles.note}>
          <strong>Hur många:</strong> rapporten anger inte hur många deltagare sammanställningen omfattar. Enligt tabellen över avslutsorsaker{' '}
          {change.year} avslutades {rehab.map((row) => `${row.count} till ${row.label}`).join(' och ')}, men rapporten säger inte att
          sammanställningen gäller just dem. Se <Link to={`/samordningsteamen/${change.team}`}>teamets sida</Link>.
        </p>
      )}
      <p className={styles.source}>
        Källa: <cite>{source.title}</cite>, {lines}. Medelvärdena är gruppens; rapporten redovisar inga enskilda skattningar i sammanställningen.
      </p>
    </div>
  );
}
