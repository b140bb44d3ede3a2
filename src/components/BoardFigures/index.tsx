import React, {type ReactNode} from 'react';
import type {TeamId} from '@site/src/data/teams';
import {teamName} from '@site/src/data/teams';
import {boardFigures, countyYears as siteCountyYears, periodResults, teamYears as siteTeamYears} from '@site/src/data/results';
import type {BoardFigures as BoardData, GenderGroup, PublicSupport} from '@site/src/data/results/boardSchema';
import type {CountyYear, Discrepancy, PeriodResult, SourceRef, TeamYear} from '@site/src/data/results/schema';
import {
  appliesTo,
  formatDuration,
  fundsRows,
  genderOutcomes,
  genderRows,
  outcomeGroups,
  teamsWithoutDuration,
  totalMonths,
} from '@site/src/data/results/boardDerive';
import {sourceById} from '@site/src/data/sourceLookup';
import {formatNumber, formatReportLines} from '@site/src/utils/format';
import {joinSwedish} from '../MethodFacts/joinSwedish';
import {countInWords} from '@site/src/utils/numberWords';
import DiscrepancyNotes from '../DiscrepancyNotes';
import FigureTable, {type FigureCell} from '../FigureTable';
import {usePageTeam} from '../TeamFacts/pageTeam';
import styles from './styles.module.css';

interface Props {
  /** One team's page; without it the page's `team:`, and on a page without one all teams (the results page). */
  team?: TeamId;
  /** 3 on the results page (under an h2), 4 on a team page (under "### För politiker och styrelser"). */
  level?: 3 | 4;
  /** The data: the site's own files unless a test passes others. */
  data?: {board: BoardData; teamYears: readonly TeamYear[]; countyYears: readonly CountyYear[]; periods: readonly PeriodResult[]};
}

const shortSource: Record<string, string> = {
  'arsrapport-2024': 'Årsrapport 2024',
  'hallstahammar-2019': 'Årsrapport Hallstahammar 2019',
  'avesta-2021-2022': 'Rapport Avesta 2021/22',
};

/** "Årsrapport 2024, rad 214": the report (short) and its lines; the full titles are in Källor. */
export function sourceCell(ref: SourceRef): string {
  return `${shortSource[ref.source] ?? sourceById(ref.source).title}, ${formatReportLines(ref.lines)}`;
}

const percent = (value: number | null): FigureCell => (value === null ? null : Math.round(value * 1000) / 10);

export const genderGroupLabels: Record<GenderGroup | 'avslutade', string> = {
  deltagare: 'Alla deltagare',
  nya: 'Nya deltagare',
  'aktiva-vid-slut': 'Inskrivna vid periodens slut',
  'i-mal': 'Avslutade i mål',
  arbete: 'Avslutade till arbete',
  studier: 'Avslutade till studier',
  'annan-rehab': 'Avslutade till annan arbetslivsinriktad rehabilitering',
  avslutade: 'Avslutade',
};

const durationGroupLabels = {
  'grona-mal': 'De som nådde ett grönt mål',
  avslutade: 'De avslutade',
  'ej-angivet': 'Rapporten säger inte vilka deltagare som räknas',
} as const;

const shareWordLabels = {'mer-an-halften': 'Mer än hälften', 'ungefar-en-tredjedel': 'Ungefär en tredjedel'} as const;

export function publicSupportText(entry: PublicSupport): string {
  const measure = entry.measure;
  if (measure.kind === 'andel-over') return `Längre än ${formatNumber(measure.years)} år: ${shareWordLabels[measure.share].toLowerCase()} av deltagarna`;
  const split =
    measure.women !== undefined && measure.men !== undefined
      ? ` (kvinnor ${formatNumber(measure.women)} år, män ${formatNumber(measure.men)} år)`
      : '';
  return `${measure.approximate ? 'Ungefär ' : ''}${formatNumber(measure.years)} år i genomsnitt${split}`;
}


/** Figures for politicians and boards: money, curator, time in the programme, starting point, women and men, co-funding, unknowns. */
export default function BoardFigures({team: teamProp, level = 3, data}: Props): ReactNode {
  const pageTeam = usePageTeam();
  const team = teamProp ?? pageTeam;
  const board = data?.board ?? boardFigures;
  const teams = data?.teamYears ?? siteTeamYears;
  const counties = data?.countyYears ?? siteCountyYears;
  const periods = data?.periods ?? periodResults;
  const countyYearList = counties.map((county) => county.year);
  /** The newest county report: what the sentences about missing figures refer to. */
  const latestYear = countyYearList[0];
  const H = level === 3 ? 'h3' : 'h4';
  const prefix = team ? `${team}-` : '';
  const applies = (entry: {team: TeamId | null; year: number}) => appliesTo(entry, team, teams);
  const byNewest = <T extends {year: number}>(list: readonly T[]) => [...list].sort((a, b) => b.year - a.year);

  // One money section per county report the team (or, on the results page, any team) is in, newest first.
  const moneyYears = counties
    .filter((county) => team === undefined || teams.some((row) => row.team === team && row.year === county.year))
    .map((county) => {
      const year = county.year;
      return {
        year,
        rows: fundsRows(
          teams.filter((row) => row.year === year),
          county,
          team,
        ),
        reasons: board.fundsNotes.filter((note) => note.kind === 'skal' && note.year === year && applies(note)),
        staffNotes: board.fundsNotes.filter((note) => note.kind !== 'skal' && note.year === year && applies(note)),
      };
    });
  const earlierReasons = board.fundsNotes.filter((note) => note.kind === 'skal' && !countyYearList.includes(note.year) && applies(note));
  const durations = byNewest(board.timeInProgramme.filter(applies));
  const missingDurations = team === undefined && latestYear !== undefined ? teamsWithoutDuration(teams, board.timeInProgramme, latestYear) : [];
  const support = byNewest(board.publicSupport.filter(applies));
  const education = board.education.filter(applies);
  const gender = genderRows(teams, board.gender, team).filter((row) => !(outcomeGroups as readonly string[]).includes(row.group));
  const outcomes = genderOutcomes(board.gender, team);
  const genderStatements = board.genderStatements.filter(applies);
  const genderNotes: Discrepancy[] = [
    ...teams.filter((row) => team === undefined || row.team === team).flatMap((row) => row.discrepancies),
    ...periods.filter((period) => team === undefined || period.team === team).flatMap((period) => period.discrepancies),
  ].filter((note) => note.field === 'gender');
  const coFunding = byNewest(board.coFunding.filter(applies));
  const unknowns = board.unknowns.filter(applies);
  // On a team's page every row is that team's: the first column gives only the period.
  const firstHeader = team ? 'Period' : 'Team och period';
  /** "Alla fem team": an entry with `team: null` is about all the teams in that year's county report. */
  const whoName = (entry: {team: TeamId | null; year: number}) =>
    entry.team === null ? `Alla ${countInWords(teams.filter((row) => row.year === entry.year).length)} team` : teamName(entry.team);
  const rowLabel = (entry: {team: TeamId | null; period: string; year: number}) => (team ? entry.period : `${whoName(entry)}, ${entry.period}`);
  const ref = (value: SourceRef) => <span className={styles.ref}>({sourceCell(value)})</span>;

  const parts = [
    ...moneyYears.map((money) => ({id: `pengar-${money.year}`, title: `Pengar ${money.year}`})),
    ...(earlierReasons.length > 0 ? [{id: 'pengar-tidigare', title: 'Pengar tidigare år'}] : []),
    {id: 'tid-i-teamet', title: 'Tid i teamet'},
    {id: 'utgangslage', title: 'Utgångsläge'},
    {id: 'kvinnor-och-man', title: 'Kvinnor och män'},
    {id: 'egen-finansiering', title: 'Kommunernas finansiering'},
    {id: 'vet-inte', title: 'Det vi inte vet'},
  ];

  return (
    <div className={styles.board}>
      <nav aria-label={team ? `Siffror för politiker och styrelser om ${teamName(team)}` : 'Siffror för politiker och styrelser'}>
        <ul className={styles.parts}>
          {parts.map((part) => (
            <li key={part.id}>
              <a href={`#${prefix}${part.id}`}>{part.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {moneyYears.map(({year, rows: money, reasons, staffNotes}) => (
        <section key={year} aria-labelledby={`${prefix}pengar-${year}`}>
          <H id={`${prefix}pengar-${year}`}>Pengar {year}: beviljat, använt och kvar</H>
          <p>
            Tabellen visar pengarna från samordningsförbundet. Pengar som kommunerna själva lägger på teamen ingår inte; se{' '}
            <a href={`#${prefix}egen-finansiering`}>kommunernas egen finansiering</a>.
          </p>
          <FigureTable
            caption={`Medel från samordningsförbundet ${year}, tusen kronor (tkr)`}
            headers={['Rad', 'Beviljat, tkr', 'Använt, tkr', 'Kvar enligt rapporten, tkr', 'Använd andel, % (beräknat)', 'Källa']}
            rows={money.map((row) => [
              row.team ? teamName(row.team) : row.label,
              row.grantedTkr,
              row.usedTkr,
              row.statedDifferenceTkr,
              percent(row.usedShare),
              row.ref ? sourceCell(row.ref) : 'Beräknat: summan av raderna ovan',
            ])}
            derivedRows={money.flatMap((row, index) => (row.derived ? [index] : []))}
          />
          <p className={styles.note}>
            Beräknat: använd andel är använt delat med beviljat. Kvar är rapportens egen kolumn Differens, som den står. Kuratorn från
            Region Västmanland har en egen rad i rapporten, gemensam för teamen, och ingår inte i teamens belopp.
          </p>
          {reasons.length > 0 && (
            <>
              <p>Årsrapporten anger skälen till att pengar blev över för alla team tillsammans, inte team för team:</p>
              <ul>
                {reasons.map((note) => (
                  <li key={note.text}>
                    {note.text} {ref(note.ref)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {staffNotes.length > 0 && (
            <>
              <p>
                {team ? 'Teamets kapitel' : 'Teamens kapitel'} berättar om förändringar i personalen under året. Rapporten kopplar dem inte
                själv till beloppen.
              </p>
              <ul>
                {staffNotes.map((note) => (
                  <li key={note.text}>
                    {team === undefined && <strong>{whoName(note)}: </strong>}
                    {note.text} {ref(note.ref)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}

      {earlierReasons.length > 0 && (
        <section aria-labelledby={`${prefix}pengar-tidigare`}>
          <H id={`${prefix}pengar-tidigare`}>Pengar som blev över tidigare år</H>
          <p>Beloppen står bland rapporternas egna siffror för perioden. Så förklarar rapporterna överskottet:</p>
          <ul>
            {earlierReasons.map((note) => (
              <li key={note.text}>
                <strong>
                  {whoName(note)}, {note.period}:
                </strong>{' '}
                {note.text} {ref(note.ref)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby={`${prefix}tid-i-teamet`}>
        <H id={`${prefix}tid-i-teamet`}>Hur länge deltagarna är i teamet</H>
        {durations.length > 0 ? (
          <>
            <FigureTable
              caption="Genomsnittlig tid i teamet, som rapporterna anger den"
              headers={[firstHeader, 'Rapportens mått', 'Tid enligt rapporten', 'I månader (omräknat)', 'Källa']}
              rows={durations.map((entry) => [
                rowLabel(entry),
                entry.group === 'grona-mal' ? entry.reportLabel : `${entry.reportLabel} (${durationGroupLabels[entry.group].toLowerCase()})`,
                formatDuration(entry.duration),
                totalMonths(entry.duration),
                sourceCell(entry.ref),
              ])}
            />
            <p className={styles.note}>
              Omräknat: år gånger tolv plus månader. Måtten gäller olika grupper och år och går inte att jämföra rakt av.
              {durations
                .filter((entry) => entry.note)
                .map((entry) => ` ${whoName(entry)} ${entry.period}: ${entry.note}`)
                .join('')}
            </p>
          </>
        ) : (
          <p>Årsrapporten {latestYear} anger inte hur länge deltagarna i teamet var inskrivna.</p>
        )}
        {missingDurations.length > 0 && (
          <p>Årsrapporten {latestYear} anger inte tiden för {joinSwedish(missingDurations.map((id) => teamName(id)))}.</p>
        )}
      </section>

      <section aria-labelledby={`${prefix}utgangslage`}>
        <H id={`${prefix}utgangslage`}>Hur långt från arbete deltagarna är när de börjar</H>
        {support.length > 0 && (
          <>
            <FigureTable
              caption="Tid i offentlig försörjning före teamet"
              headers={[firstHeader, 'Vilka', 'Rapportens mått', 'Uppgift', 'Källa']}
              rows={support.map((entry) => [
                rowLabel(entry),
                entry.n === undefined ? entry.who : `${entry.who} (${entry.n} personer)`,
                entry.reportLabel,
                publicSupportText(entry),
                sourceCell(entry.ref),
              ])}
            />
            {support.some((entry) => entry.caveat) && (
              <ul className={styles.note}>
                {support
                  .filter((entry) => entry.caveat)
                  .map((entry) => (
                    <li key={entry.caveat}>
                      {whoName(entry)}, {entry.period}: {entry.caveat}
                    </li>
                  ))}
              </ul>
            )}
          </>
        )}
        {education.length > 0 && (
          <>
            <p>
              <strong>Utbildning {joinSwedish([...new Set(education.map((entry) => String(entry.year)))])}.</strong> Årsrapporten beskriver deltagarnas utbildning bara i ord:
            </p>
            <ul>
              {education.map((entry) => (
                <li key={entry.text}>
                  {entry.text} {ref(entry.ref)}
                </li>
              ))}
            </ul>
            <FigureTable
              caption="Rapportens jämförelse med hela landet"
              headers={['Jämförelse', 'Andel, %', 'År', 'Källa']}
              rows={board.nationalComparison.map((entry) => [
                entry.label,
                entry.percent,
                String(entry.year),
                `${sourceCell(entry.ref)}, som hänvisar till ${entry.statedSource}`,
              ])}
            />
            <p className={styles.note}>{board.nationalComparisonNotes.join(' ')}</p>
          </>
        )}
        {support.length === 0 && education.length === 0 && <p>Rapporterna om teamet anger inte hur länge deltagarna haft offentlig försörjning.</p>}
      </section>

      <section aria-labelledby={`${prefix}kvinnor-och-man`}>
        <H id={`${prefix}kvinnor-och-man`}>Kvinnor och män</H>
        {gender.length > 0 && (
          <FigureTable
            caption="Kvinnor och män bland deltagarna, som rapporterna anger dem"
            headers={[firstHeader, 'Grupp', 'Kvinnor', 'Män', 'Andel kvinnor, % (beräknat)', 'Källa']}
            rows={gender.map((row) => [
              rowLabel(row),
              genderGroupLabels[row.group],
              row.women,
              row.men,
              percent(row.womenShare),
              row.ref ? sourceCell(row.ref) : 'Beräknat',
            ])}
          />
        )}
        {gender.length > 0 && <p className={styles.note}>Beräknat: andel kvinnor är kvinnor delat med kvinnor och män tillsammans.</p>}
        {outcomes.map((outcome) => (
          <React.Fragment key={`${outcome.team}-${outcome.period}`}>
            <FigureTable
              caption={`Resultat för kvinnor och män: ${teamName(outcome.team)}, ${outcome.period}`}
              headers={['Grupp', 'Kvinnor', 'Män']}
              rows={[
                ['Avslutade (beräknat)', outcome.ended.women, outcome.ended.men],
                ...outcome.rows.map((row) => [genderGroupLabels[row.group], row.women, row.men] as FigureCell[]),
                ['Andel i mål av de avslutade, % (beräknat)', percent(outcome.goalShare.women), percent(outcome.goalShare.men)],
              ]}
              derivedRows={[0, outcome.rows.length + 1]}
            />
            <p className={styles.note}>
              Beräknat: avslutade är alla deltagare under perioden minus de som var inskrivna vid periodens slut. Andelen är avslutade i
              mål delat med avslutade. Med så få personer betyder en person mycket för andelen.
            </p>
          </React.Fragment>
        ))}
        {genderStatements.length > 0 && (
          <ul>
            {genderStatements.map((entry) => (
              <li key={entry.text}>
                {entry.team !== null && <strong>{rowLabel(entry)}: </strong>}
                {entry.text} {ref(entry.ref)}
              </li>
            ))}
          </ul>
        )}
        {gender.length === 0 && genderStatements.length === 0 && <p>Rapporterna om teamet anger inte kvinnor och män var för sig.</p>}
        <DiscrepancyNotes notes={genderNotes} title="Om uppgifterna om kön i rapporterna" />
      </section>

      <section aria-labelledby={`${prefix}egen-finansiering`}>
        <H id={`${prefix}egen-finansiering`}>Kommunernas egen finansiering</H>
        {coFunding.length > 0 ? (
          <ul>
            {coFunding.map((entry) => (
              <li key={entry.text}>
                {team === undefined && (
                  <strong>
                    {whoName(entry)}, {entry.period}:{' '}
                  </strong>
                )}
                {entry.text} {ref(entry.ref)}
              </li>
            ))}
          </ul>
        ) : (
          <p>Rapporterna om teamet beskriver inga egna pengar från kommunen utöver samordningsförbundets.</p>
        )}
        {team === undefined && (
          <p>
            För de övriga teamen beskriver rapporterna ingen sådan finansiering. Därför går det inte att jämföra teamens kostnader med
            varandra.
          </p>
        )}
      </section>

      <section aria-labelledby={`${prefix}vet-inte`}>
        <H id={`${prefix}vet-inte`}>Det här vet vi inte</H>
        <ul>
          {unknowns.map((entry) => (
            <li key={entry.text}>
              {entry.team !== null && (
                <strong>
                  {teamName(entry.team)}, {entry.period}:{' '}
                </strong>
              )}
              {entry.text} {ref(entry.ref)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
