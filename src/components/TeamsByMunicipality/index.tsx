import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {teamProfiles} from '@site/src/data/teamProfiles';
import {teamName} from '@site/src/data/teams';
import {municipalitySource, vastmanlandMunicipalities} from '@site/src/data/vastmanlandMunicipalities';
import {fillFor} from '../charts/series';
import {SeriesPattern} from '../charts/SeriesSwatch';
import {joinSwedish} from '../MethodFacts/joinSwedish';
import ScrollRegion from '../ScrollRegion';
import {teamPagePermalink} from '../TeamFacts/pageTeam';
import {noTeamGuidance} from '@site/src/data/referrerGuidance';
import {sourceById} from '@site/src/data/sourceLookup';
import {formatReportLines} from '@site/src/utils/format';
import type {SourceId} from '@site/src/data/sourceIds';
import styles from './styles.module.css';

const chartId = 'kommunkarta';
/** Each tile: a band in the team's colour and pattern at the top, the names on the page's own background below it. */
const tile = {width: 160, height: 80, gap: 8, band: 16};

/** "Årsrapport 2024 – …, rad 18, 36, 82; …": the refs grouped by report, in the order given. */
export function referenceText(refs: readonly {source: SourceId; lines: string}[]): string {
  const groups: {source: SourceId; lines: string[]}[] = [];
  for (const ref of refs) {
    const last = groups[groups.length - 1];
    if (last && last.source === ref.source) last.lines.push(ref.lines);
    else groups.push({source: ref.source, lines: [ref.lines]});
  }
  return groups.map((group) => `${sourceById(group.source).title}, ${formatReportLines(group.lines.join(', '))}`).join('; ');
}

/** What the reports say a referrer in a municipality without a team can do, with the lines it rests on. */
function NoTeamGuidance({municipalities}: {municipalities: readonly string[]}): ReactNode {
  const headingId = `${noTeamGuidance.id}-rubrik`;
  return (
    <section id={noTeamGuidance.id} className={styles.guidance} aria-labelledby={headingId}>
      <h3 id={headingId}>{noTeamGuidance.heading}</h3>
      {noTeamGuidance.statements.map((statement) => (
        <p key={statement.text}>
          {statement.text.replace('{kommuner}', joinSwedish(municipalities))}{' '}
          {'link' in statement && statement.link && (
            <>
              <Link to={statement.link.to}>{statement.link.label}</Link>.{' '}
            </>
          )}
          <span className={styles.ref}>({referenceText(statement.refs)})</span>
        </p>
      ))}
    </section>
  );
}

/** The team that serves a municipality in Västmanland, from the teams' profiles. */
export function teamForMunicipality(name: string) {
  return teamProfiles.find((profile) => profile.county === 'Västmanland' && profile.municipalities.includes(name));
}

/** The teams on the map, those in Västmanland, in the site's order: each has its own colour and pattern, however many teams other counties have. */
function mapTeams(): string[] {
  return teamProfiles.filter((profile) => profile.county === 'Västmanland').map((profile) => profile.team);
}

/**
 * Which team serves which municipality in Västmanland: a table, and the same as a schematic tile
 * map rendered as SVG when the site is built. Teams differ by colour, pattern and a written name.
 */
export default function TeamsByMunicipality(): ReactNode {
  const columns = Math.max(...vastmanlandMunicipalities.map((m) => m.column)) + 1;
  const rows = Math.max(...vastmanlandMunicipalities.map((m) => m.row)) + 1;
  const width = columns * (tile.width + tile.gap);
  const height = rows * (tile.height + tile.gap);
  const without = vastmanlandMunicipalities.filter((m) => !teamForMunicipality(m.name)).map((m) => m.name);
  const teams = mapTeams();

  return (
    <div className={styles.wrapper}>
      <ScrollRegion label="Tabell: kommuner och samordningsteam" stack="narrow">
        <table className={styles.table} role="table">
          <caption>Kommunerna i Västmanland och deras samordningsteam</caption>
          <thead>
            <tr>
              <th scope="col">
                Kommun
              </th>
              <th scope="col">
                Samordningsteam
              </th>
            </tr>
          </thead>
          <tbody>
            {[...vastmanlandMunicipalities]
              .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
              .map((municipality) => {
                const profile = teamForMunicipality(municipality.name);
                return (
                  <tr key={municipality.name}>
                    <th scope="row">
                      {municipality.name}
                    </th>
                    <td>
                      {profile ? (
                        <Link to={teamPagePermalink(profile.team)}>{profile.name}</Link>
                      ) : (
                        <>
                          Inget samordningsteam i rapporterna. <a href={`#${noTeamGuidance.id}`}>Vad kan jag göra?</a>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </ScrollRegion>
      {without.length > 0 && <NoTeamGuidance municipalities={[...without].sort((a, b) => a.localeCompare(b, 'sv'))} />}
      <figure className={styles.figure}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className={styles.map}
          role="img"
          aria-labelledby={`${chartId}-text`}>
          <defs>
            {teams.map((team, index) => (
              <SeriesPattern key={team} chartId={chartId} index={index} />
            ))}
          </defs>
          {vastmanlandMunicipalities.map((municipality) => {
            const profile = teamForMunicipality(municipality.name);
            const index = profile ? teams.indexOf(profile.team) : -1;
            const x = municipality.column * (tile.width + tile.gap);
            const y = municipality.row * (tile.height + tile.gap);
            return (
              <g key={municipality.name}>
                <rect x={x} y={y} width={tile.width} height={tile.height} rx={6} className={profile ? styles.served : styles.notServed} />
                {profile && (
                  <path
                    d={`M${x + 1},${y + tile.band} V${y + 7} a6,6 0 0 1 6,-6 H${x + tile.width - 7} a6,6 0 0 1 6,6 V${y + tile.band} Z`}
                    className={styles.band}
                    style={{fill: fillFor(chartId, index)}}
                  />
                )}
                <text x={x + tile.width / 2} y={y + 42} textAnchor="middle" className={styles.name}>
                  {municipality.name}
                </text>
                <text x={x + tile.width / 2} y={y + 66} textAnchor="middle" className={styles.team}>
                  {profile ? (profile.municipalities.length > 1 ? `Team ${teamName(profile.team)}` : 'Eget team') : 'Inget team'}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption id={`${chartId}-text`} className={styles.caption}>
          Schematisk karta över Västmanlands kommuner, norr uppåt, inte skalenlig.{' '}
          {teamProfiles
            .filter((profile) => profile.county === 'Västmanland')
            .map((profile) => `${profile.name}: ${joinSwedish(profile.municipalities)}.`)
            .join(' ')}{' '}
          {without.length > 0 && `Inget samordningsteam i rapporterna: ${joinSwedish(without)}.`} Kommunlistan: {municipalitySource}
        </figcaption>
      </figure>
    </div>
  );
}
