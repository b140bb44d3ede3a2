import {teamYearSchema} from '@site/src/data/results/schema';
import {checkData} from '@site/src/data/validate';
import {teamYear} from './fixtures';

const check = (data: unknown) => checkData(teamYearSchema, data, 'src/data/results/years/2024.yaml', 'teams[0]');

describe('schemat för ett teams siffror ett år', () => {
  it('godtar siffror som går ihop', () => {
    expect(check(teamYear())).toEqual([]);
  });

  it('stoppar avslutsorsaker som inte summerar till antalet avslutade', () => {
    const broken = teamYear();
    broken.endReasons = {...broken.endReasons, work: 2};
    expect(check(broken)).toEqual([
      'src/data/results/years/2024.yaml: teams[0].endReasons: avslutsorsakerna summerar till 6 men ended är 5; rätta värdet eller förklara skillnaden i discrepancies (field: "endReasons")',
    ]);
  });

  it('stoppar remissrader som inte summerar till deltagarna', () => {
    const broken = teamYear({participants: {total: 11, new: 4, ref: {source: 'arsrapport-2024', lines: 'L1'}}});
    expect(check(broken)[0]).toMatch(/teams\[0\]\.referrals\.rows: raderna summerar till 4 nya och 10 totalt men ska bli 4 och 11/);
  });

  it('godtar en skillnad som rapporten själv har, när en fotnot förklarar den', () => {
    const withNote = teamYear({
      participants: {total: 11, new: 4, ref: {source: 'arsrapport-2024', lines: 'L1'}},
      discrepancies: [{field: 'referrals', text: 'Raderna summerar till 10, men rapporten anger 11.', ref: {source: 'arsrapport-2024', lines: 'L2'}}],
    });
    expect(check(withNote)).toEqual([]);
  });

  it('stoppar en differens i medlen som inte stämmer', () => {
    const broken = teamYear({funds: {grantedTkr: 1000, usedTkr: 900, statedDifferenceTkr: 90, ref: {source: 'arsrapport-2024', lines: 'L1'}}});
    expect(check(broken)[0]).toMatch(/teams\[0\]\.funds\.statedDifferenceTkr: tilldelat minus använt är 100 tkr men differensen anges till 90 tkr/);
  });

  it('stoppar negativa tal, fel typ och okända parter med fält och regel', () => {
    const broken = teamYear();
    (broken.participants as {total: unknown}).total = -1;
    (broken.referrals.rows[0] as {party: string}).party = 'skatteverket';
    const problems = check(broken);
    expect(problems).toContain('src/data/results/years/2024.yaml: teams[0].participants.total: får inte vara negativt');
    expect(problems.some((problem) => problem.startsWith('src/data/results/years/2024.yaml: teams[0].referrals.rows[0].party: '))).toBe(true);
  });

  it('stoppar en radhänvisning i fel form', () => {
    const broken = teamYear({funds: {grantedTkr: 1000, usedTkr: 900, statedDifferenceTkr: 100, ref: {source: 'arsrapport-2024', lines: 'rad 12'}}});
    expect(check(broken)).toEqual(['src/data/results/years/2024.yaml: teams[0].funds.ref.lines: ska vara rader i rapporten, t.ex. L358–L363']);
  });
});
