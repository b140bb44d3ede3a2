import {glossarySchema, groupFormatListSchema, sourceListSchema} from '@site/src/data/schemas';
import {checkData, findSiteDataProblems} from '@site/src/data/validate';
import {glossary} from '@site/src/data/glossary';
import {sources} from '@site/src/data/sources';
import {groupFormats} from '@site/src/data/groupFormats';

describe('datafilerna', () => {
  // `npm run check:data` runs this file: a wrong value is listed as file: field: rule.
  it('följer sina scheman', () => {
    expect(findSiteDataProblems(), 'Datafilerna innehåller fel (fil: fält: regel)').toEqual([]);
  });

  it('har alla fem källrapporter', () => {
    expect(sources.map((source) => source.id).sort()).toEqual([
      'arsrapport-2024',
      'avesta-2021-2022',
      'hallstahammar-2019',
      'hs-teamets-delning',
      'nns-fantastiska-resultat',
    ]);
  });
});

describe('fel i en datafil namnger fil, fält och regel', () => {
  const firstSource = sources[0]!;
  const firstTerm = glossary[0]!;

  it('fel typ på ett årtal', () => {
    const broken = [{...firstSource, year: '2025'}, ...sources.slice(1)];
    expect(checkData(sourceListSchema, broken, 'src/data/sources.ts', 'sources')).toEqual([
      expect.stringMatching(/^src\/data\/sources\.ts: sources\[0\]\.year: .+/),
    ]);
  });

  it('en källa som saknas', () => {
    const problems = checkData(sourceListSchema, sources.slice(1), 'src/data/sources.ts', 'sources');
    expect(problems).toEqual([`src/data/sources.ts: sources: källan "${firstSource.id}" saknas`]);
  });

  it('ett okänt fält', () => {
    const broken = [{...firstSource, extra: 'x'}, ...sources.slice(1)];
    expect(checkData(sourceListSchema, broken, 'src/data/sources.ts', 'sources')[0]).toMatch(/^src\/data\/sources\.ts: sources\[0\]: /);
  });

  it('en hänvisning till ett ord som inte finns', () => {
    const broken = [{...firstTerm, related: ['finns-inte']}, ...glossary.slice(1)];
    expect(checkData(glossarySchema, broken, 'src/data/glossary.ts', 'glossary')).toEqual([
      'src/data/glossary.ts: glossary[0].related[0]: hänvisar till "finns-inte", som inte finns i ordlistan',
    ]);
  });

  it('ett ord utan källa', () => {
    const {externalSource: _ignored, ...withoutExternal} = firstTerm;
    const broken = [{...withoutExternal, sources: []}, ...glossary.slice(1)];
    expect(checkData(glossarySchema, broken, 'src/data/glossary.ts', 'glossary')).toEqual([
      'src/data/glossary.ts: glossary[0].sources: ska ange minst en rapport i sources eller en namngiven källa i externalSource',
    ]);
  });

  it('ord i fel ordning', () => {
    const broken = [...glossary].reverse();
    expect(checkData(glossarySchema, broken, 'src/data/glossary.ts', 'glossary')[0]).toMatch(
      /^src\/data\/glossary\.ts: glossary\[1\]\.term: ".+" ska stå före ".+" \(svensk bokstavsordning\)$/,
    );
  });
});

describe('gruppformaten: när, hur ofta och vem som leder i var sitt fält', () => {
  const first = groupFormats[0]!;
  const check = (format: object) => checkData(groupFormatListSchema, [format, ...groupFormats.slice(1)], 'src/data/groupFormats.ts', 'groupFormats');

  it('en termin i hur ofta', () => {
    expect(check({...first, frequency: 'en grupp under våren och en under hösten'})).toEqual([
      'src/data/groupFormats.ts: groupFormats[0].frequency: säger när gruppen fanns ("en grupp under våren och en under hösten"), inte hur ofta den träffas; skriv det i period',
    ]);
  });

  it('en termin i längd', () => {
    expect(check({...first, length: 'under våren'})[0]).toMatch(/^src\/data\/groupFormats\.ts: groupFormats\[0\]\.length: säger när gruppen fanns/);
  });

  it('hur ofta i vem som leder', () => {
    expect(check({...first, leads: 'arbetsförmedlaren, en gång i månaden'})[0]).toMatch(/^src\/data\/groupFormats\.ts: groupFormats\[0\]\.leads: säger hur ofta gruppen träffas/);
  });
});
