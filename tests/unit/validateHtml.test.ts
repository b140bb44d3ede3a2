import {formatProblems, vnuProblems} from '../../scripts/validate-html.mjs';

const report = JSON.stringify({
  messages: [
    {type: 'error', url: 'file:/site/build/nyheter/archive.html', lastLine: 3, firstColumn: 12, message: 'The heading “h3” follows the heading “h1”.', extract: '<h3\n id=2026>'},
    {type: 'info', subType: 'warning', url: 'file:/site/build/index.html', lastLine: 1, message: 'Trailing slash on void elements has no effect.'},
    {type: 'error', url: 'file:/site/build/index.html', lastLine: 1, lastColumn: 7, message: 'Bad value “combobox” for attribute “role”.'},
  ],
});

describe('HTML-kontrollen (scripts/validate-html.mjs)', () => {
  it('tar bara med fel från Nu Html Checker, med filen relativ till bygget', () => {
    const problems = vnuProblems(report, '/site/build');
    expect(problems.map((problem) => [problem.file, problem.line, problem.column])).toEqual([
      ['nyheter/archive.html', 3, 12],
      ['index.html', 1, 7],
    ]);
  });

  it('stoppar med ett begripligt meddelande när rapporten inte är JSON', () => {
    expect(() => vnuProblems('java.lang.OutOfMemoryError', '/site/build')).toThrow(/ingen läsbar rapport/);
  });

  it('skriver felen per sida med rad, kolumn och utdrag, och säger var de rättas', () => {
    const text = formatProblems(vnuProblems(report, '/site/build'), 72);
    expect(text).toMatch(/^2 fel på 2 av 72 sidor:/);
    expect(text).toContain('build/index.html\n  rad 1, kolumn 7: Bad value “combobox” for attribute “role”. (Nu Html Checker)');
    expect(text).toContain('    <h3 id=2026>');
    expect(text.indexOf('build/index.html')).toBeLessThan(text.indexOf('build/nyheter/archive.html'));
    expect(text).toContain('src/components');
  });

  it('visar högst ett antal fel per sida och räknar resten', () => {
    const many = Array.from({length: 12}, (_, index) => ({file: 'resultat.html', line: index + 1, column: 1, message: 'fel', checker: 'html-validate'}));
    const text = formatProblems(many, 72, 'build', 10);
    expect(text.match(/ {2}rad /g)).toHaveLength(10);
    expect(text).toContain('… och 2 fel till på samma sida');
  });

  it('säger att sidorna är felfria när inget fel finns', () => {
    expect(formatProblems([], 72)).toBe('Inga fel på 72 sidor.');
  });
});
