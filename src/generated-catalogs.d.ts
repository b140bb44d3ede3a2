/** The catalogues plugins/method-catalog writes when the site is built (see its index.ts). */
declare module '@generated/method-catalog/default/methods.json' {
  import type {MethodEntry} from '@site/src/data/schemas';
  const methods: readonly MethodEntry[];
  export default methods;
}

declare module '@generated/method-catalog/default/examples.json' {
  import type {ExampleEntry} from '@site/src/data/schemas';
  const examples: readonly ExampleEntry[];
  export default examples;
}

declare module '@generated/method-catalog/default/examplesByMethod.json' {
  /** Handbook permalink → the practice examples that use the method. */
  const examplesByMethod: Readonly<Record<string, readonly {title: string; permalink: string}[]>>;
  export default examplesByMethod;
}

declare module '@generated/results-data/default/results.json' {
  /** Written by plugins/results-data from src/data/results/years (see src/data/results/load.ts). */
  const results: import('@site/src/data/results/load').ResultsData;
  export default results;
}

declare module '@generated/team-data/default/teams.json' {
  /** Written by plugins/team-data from src/data/teams (see src/data/teamLoad.ts): every team's id and short name, in the site's order. */
  const teams: readonly import('@site/src/data/teamFile').TeamListEntry[];
  export default teams;
}

declare module '@generated/team-data/default/profiles.json' {
  /** Written by plugins/team-data from src/data/teams: every team's profile, in the site's order. */
  const profiles: readonly import('@site/src/data/teamFile').TeamProfile[];
  export default profiles;
}

declare module '@generated/method-catalog/default/teams.json' {
  import type {TeamPageEntry} from '@site/src/data/pageSchema';
  /** Each team's page, from the team pages' `team:` front matter, in the site's order of the teams (src/data/teams/). */
  const teams: readonly TeamPageEntry[];
  export default teams;
}
