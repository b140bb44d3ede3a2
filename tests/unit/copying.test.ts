import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describeCopy, findCopies, indexExcerpts, normaliseWords, ownText, tokenise, type ReportExcerpt} from '../content/copying';
import {projectRoot} from '../content/files';
import excerpts from '../content/report-excerpts.json';

const report: ReportExcerpt = {
  report: '001',
  line: 22,
  text: normaliseWords(
    'Det individuella målet för deltagaren i insatsen är ökad arbetsförmåga och förbättrade förutsättningar för arbete, studier, att kunna stå till arbetsmarknadens förfogande eller fortsatt aktiv arbetslivsinriktad rehabilitering.',
  ).join(' '),
};
const index = indexExcerpts([report, {report: '002', line: 5, text: 'en helt annan mening om något som inte har med saken att göra alls'}]);
const copies = (source: string) => findCopies(tokenise(ownText(source)), index);

const copied = 'Det individuella målet för deltagaren i insatsen är ökad arbetsförmåga och förbättrade förutsättningar för arbete.';

describe('findCopies', () => {
  it('hittar en mening som är kopierad ord för ord, med rad och rapportens rad', () => {
    const found = copies(`# Rubrik\n\nInledning.\n${copied}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({line: 4, edits: 0, report: '001', reportLine: 22});
    expect(found[0]?.shared).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['ett ord utbytt', 'Det individuella målet för deltagaren i teamet är ökad arbetsförmåga och förbättrade förutsättningar.'],
    ['ett ord tillagt', 'Det individuella målet för deltagaren i själva insatsen är ökad arbetsförmåga och förbättrade förutsättningar.'],
    ['ett ord borttaget', 'Det individuella målet för deltagaren i insatsen är arbetsförmåga och förbättrade förutsättningar för arbete.'],
    ['ändringen nära början', 'Det individuella syftet för deltagaren i insatsen är ökad arbetsförmåga och.'],
  ])('hittar en nära kopia: %s', (_name, text) => {
    const found = copies(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.edits).toBe(1);
  });

  it('godtar samma fakta med egna ord', () => {
    expect(copies('Varje deltagare ska komma närmare arbete: få större arbetsförmåga och bättre möjligheter att arbeta eller studera.')).toEqual([]);
  });

  it('godtar två ändrade ord i en mening på tolv ord', () => {
    expect(copies('Det individuella målet för en deltagare i insatsen blir ökad arbetsförmåga och förbättrade.')).toEqual([]);
  });

  it('godtar en följd på nio ord', () => {
    expect(copies('Så här: målet för deltagaren i insatsen är ökad arbetsförmåga och. Slut.')).toEqual([]);
  });

  it.each([
    ['citattecken', `En handläggare sa: ”${copied}”`],
    ['raka citattecken', `En handläggare sa: "${copied}"`],
    ['blockcitat', `Text.\n\n> ${copied}\n> – en handläggare\n`],
    ['q-element', `Hen sa <q>${copied}</q> i går.`],
    ['källavsnittet', `Text.\n\n## Källor\n\n<SourceList details={{a: '${copied}'}} />\n`],
    ['källorna i front matter', `---\ntitle: Sida\nsources:\n  - id: a\n    where: ${copied}\notherSources:\n  - "${copied}"\n---\n\nText.\n`],
  ])('räknar inte det som står i %s', (_name, source) => {
    expect(copies(source)).toEqual([]);
  });

  it('läser front matter och attribut, där texten visas på sidan', () => {
    expect(copies(`---\ntitle: Sida\ndescription: "${copied}"\n---\n\nText.\n`)).toHaveLength(1);
    expect(copies(`---\nsources:\n  - id: a\ndescription: "${copied}"\n---\n\nText.\n`)).toHaveLength(1);
    expect(copies(`<Figure caption="${copied}" />`)).toHaveLength(1);
  });

  it('läser strängar i datafiler', () => {
    expect(copies(`export const x = {\n  definition:\n    '${copied}',\n};\n`)).toEqual([expect.objectContaining({line: 3})]);
  });

  it('låter inte en följd gå över gränsen mellan två utdrag', () => {
    const joined = indexExcerpts([
      {report: '001', line: 1, text: 'ett två tre fyra fem sex'},
      {report: '001', line: 2, text: 'sju åtta nio tio elva tolv'},
    ]);
    expect(findCopies(tokenise('ett två tre fyra fem sex sju åtta nio tio elva tolv'), joined)).toEqual([]);
  });

  it('beskriver fyndet på svenska med fil, rad och regel', () => {
    const [finding] = copies(copied);
    expect(finding).toBeDefined();
    if (finding) expect(describeCopy('docs/x.mdx', finding)).toMatch(/^docs\/x\.mdx:1: \d+ ord i följd är lika som rapport 001 rad 22: .*Skriv med egna ord/);
  });
});

describe('innehållskontrollen stoppar en kopia som planteras på en riktig sida', () => {
  const all = indexExcerpts(excerpts as ReportExcerpt[]);
  const page = readFileSync(join(projectRoot, 'docs/act.mdx'), 'utf8');
  const planted = (excerpts as ReportExcerpt[]).filter((excerpt) => excerpt.text.split(' ').length >= 14).slice(0, 25);

  it('sidan är ren som den är', () => {
    expect(findCopies(tokenise(ownText(page)), all)).toEqual([]);
  });

  it.each(planted.map((excerpt) => [`${excerpt.report} rad ${excerpt.line}`, excerpt] as const))('rapport %s inklistrad mitt på sidan', (_name, excerpt) => {
    const words = excerpt.text.split(' ');
    const sentence = `${words.slice(0, 12).join(' ')}.`;
    const at = page.indexOf('## Så gör vi');
    const source = `${page.slice(0, at)}${sentence[0]?.toUpperCase()}${sentence.slice(1)}\n\n${page.slice(at)}`;
    const found = findCopies(tokenise(ownText(source)), all);
    expect(found.map((finding) => finding.line)).toContain(page.slice(0, at).split('\n').length);
  });
});
