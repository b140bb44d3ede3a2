import React, {type ReactNode} from 'react';
import type {TeamId} from '@site/src/data/teams';
import {profileOf} from '@site/src/data/teamProfiles';
import {periodResultsOf, teamYearOf} from '@site/src/data/results';
import {sourceById} from '@site/src/data/sourceLookup';
import {joinSwedish} from '../MethodFacts/joinSwedish';
import {formatFte} from '@site/src/utils/format';
import {useTeam} from './pageTeam';
import styles from '@site/src/css/factbox.module.css';

/** Who employs a staff row; the region is the one of the team's county (Region Västmanland, Region Dalarna …). */
const employerName = (employer: 'kommun' | 'arbetsformedlingen' | 'region', county: string) =>
  ({kommun: 'kommunen', arbetsformedlingen: 'Arbetsförmedlingen', region: `Region ${county}`})[employer];

/** The staff of the profile's year: the same year as the label "Personal <year>" says. */
function Staff({team, year, county}: {team: TeamId; year: number; county: string}): ReactNode {
  const result = teamYearOf(team, year);
  if (result) {
    return (
      <ul className={styles.list}>
        {result.staffing.rows.map((row, index) => (
          <li key={index}>
            {row.role}, {employerName(row.employer, county)}: {formatFte(row.fte)} {row.fte === 1 ? 'heltidstjänst' : 'heltidstjänster'}
            {row.period && ` (${row.period})`}
          </li>
        ))}
      </ul>
    );
  }
  const staffFigures = periodResultsOf(team).flatMap((period) => period.keyFigures.filter((figure) => figure.unit === 'tjänster'));
  if (staffFigures.length === 0) return <>Rapporten anger inte bemanningen i siffror.</>;
  return (
    <ul className={styles.list}>
      {staffFigures.map((figure) => (
        <li key={figure.label}>
          {figure.label}: {formatFte(figure.value)}
        </li>
      ))}
    </ul>
  );
}

/** The fact box at the top of a team page, from the team's profile and its figures for the same year; the team is the page's `team:` unless given. */
export default function TeamFacts(props: {team?: TeamId}): ReactNode {
  const team = useTeam(props.team, 'TeamFacts');
  const profile = profileOf(team);
  const sources = [...new Set(profile.refs.map((ref) => ref.source))].map((id) => sourceById(id).title);
  return (
    <aside className={styles.box} aria-label={`Kort om ${profile.name}`}>
      <dl className={styles.facts}>
        <dt>{profile.municipalities.length > 1 ? 'Kommuner' : 'Kommun'}</dt>
        <dd>
          {joinSwedish(profile.municipalities)} ({profile.county})
        </dd>
        <dt>Finansieras genom</dt>
        <dd>{profile.forbund}</dd>
        <dt>Värd</dt>
        <dd>{profile.host}</dd>
        <dt>Personal {profile.year}</dt>
        <dd>
          <Staff team={team} year={profile.year} county={profile.county} />
        </dd>
        <dt>Styrgrupp</dt>
        <dd>{joinSwedish(profile.steeringGroup)}</dd>
        <dt>Målgrupp</dt>
        <dd>{profile.targetGroup}</dd>
        <dt>Remitterande parter</dt>
        <dd>{joinSwedish(profile.referrers)}</dd>
        <dt>Källa</dt>
        <dd>{joinSwedish(sources)}</dd>
      </dl>
    </aside>
  );
}
