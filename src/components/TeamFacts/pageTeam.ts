/**
 * The team a team page is about, from its `team:` front matter (checked by plugins/method-catalog),
 * so that <TeamFacts />, <TeamResults /> and <BoardFigures /> need no props on the page.
 */
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {TeamId} from '@site/src/data/teams';
// Written by plugins/method-catalog at build: each team's page, from the team pages' front matter.
import teamPages from '@generated/method-catalog/default/teams.json';

/** `team:` of the docs page being rendered, or undefined outside a docs page (e.g. /resultat) or on a page without it. */
export function usePageTeam(): TeamId | undefined {
  let frontMatter: {team?: TeamId};
  try {
    // useDoc() calls useContext first and throws after it, so the hooks run in the same order either way.
    frontMatter = useDoc().frontMatter as {team?: TeamId};
  } catch {
    return undefined;
  }
  return frontMatter.team;
}

/** The team given as a prop, else the page's `team:`; a team component on a page without one stops the build. */
export function useTeam(team: TeamId | undefined, component: string): TeamId {
  const fromPage = usePageTeam();
  const chosen = team ?? fromPage;
  if (!chosen) throw new Error(`<${component} />: sidan saknar "team" i front matter (t.ex. team: sala), och inget team angavs`);
  return chosen;
}

/** The address of a team's page, from the catalogue. */
export function teamPagePermalink(team: TeamId): string {
  const page = teamPages.find((entry) => entry.team === team);
  if (!page) throw new Error(`teamet "${team}" har ingen sida (front matter team: ${team} i samordningsteamen/)`);
  return page.permalink;
}
