import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {teamProfiles} from '@site/src/data/teamProfiles';
import {teamIds, teamNames} from '@site/src/data/teams';
import {municipalitySource, vastmanlandMunicipalities} from '@site/src/data/vastmanlandMunicipalities';
import {fillFor} from '../charts/series';
import {SeriesPattern} from '../charts/SeriesSwatch';
import {joinSwedish} from '../MethodFacts/joinSwedish';
import ScrollRegion from '../ScrollRegion';
import styles from './styles.module.css';

const chartId = 'kommunkarta';
const tile = {width: 150, height: 74, gap: 8};

/** The team that serves a municipality in Västmanland, from the teams' profiles. */
export function teamForMunicipality(name: string) {
  return teamProfiles.find((profile) => profile.county === 'Västmanland' && profile.municipalities.includes(name));
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

  return (
    <div className={styles.wrapper}>
      <ScrollRegion label="Tabell: kommuner och samordningsteam">
        <table className={styles.table}>
          <caption>Kommunerna i Västmanland och deras samordningsteam</caption>
          <thead>
            <tr>
              <th scope="col">Kommun</th>
              <th scope="col">Samordningsteam</th>
            </tr>
          </thead>
          <tbody>
            {[...vastmanlandMunicipalities]
              .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
              .map((municipality) => {
                const profile = teamForMunicipality(municipality.name);
                return (
                  <tr key={municipality.name}>
                    <th scope="row">{municipality.name}</th>
                    <td>{profile ? <Link to={`/samordningsteamen/${profile.team}`}>{profile.name}</Link> : 'Inget samordningsteam i rapporterna'}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </ScrollRegion>
      <figure className={styles.figure}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className={styles.map}
          role="img"
          aria-labelledby={`${chartId}-text`}>
          <defs>
            {teamIds.map((team, index) => (
              <SeriesPattern key={team} chartId={chartId} index={index} />
            ))}
          </defs>
          {vastmanlandMunicipalities.map((municipality) => {
            const profile = teamForMunicipality(municipality.name);
            const index = profile ? teamIds.indexOf(profile.team) : -1;
            const x = municipality.column * (tile.width + tile.gap);
            const y = municipality.row * (tile.height + tile.gap);
            return (
              <g key={municipality.name}>
                <rect
                  x={x}
                  y={y}
                  width={tile.width}
                  height={tile.height}
                  rx={6}
                  className={profile ? styles.served : styles.notServed}
                  style={profile ? {fill: fillFor(chartId, index)} : undefined}
                />
                <text x={x + tile.width / 2} y={y + 30} textAnchor="middle" className={profile ? styles.nameOnFill : styles.name}>
                  {municipality.name}
                </text>
                <text x={x + tile.width / 2} y={y + 54} textAnchor="middle" className={profile ? styles.teamOnFill : styles.team}>
                  {profile ? (profile.municipalities.length > 1 ? `Team ${teamNames[profile.team]}` : 'Eget team') : 'Inget team'}
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
