// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import CodeBlock from '@site/src/theme/CodeBlock';
import {codeText, languageOf} from '@site/src/theme/CodeBlock/codeText';

describe('kodblock som vanlig text', () => {
  it('läser språket ur klassen och tar bort radbrytningen sist', () => {
    expect(languageOf('language-bash')).toBe('bash');
    expect(languageOf('x language-yaml y')).toBe('yaml');
    expect(languageOf(undefined)).toBeUndefined();
    expect(languageOf('languages')).toBeUndefined();
    expect(codeText('rad ett\nrad två\n')).toBe('rad ett\nrad två');
  });

  it('ritar raderna som text i <pre><code>, som går att skrolla med tangentbordet', () => {
    const {container} = render(<CodeBlock className="language-bash" title="Exempel">{'npm install\nnpm start\n'}</CodeBlock>);
    const pre = container.querySelector('pre');
    expect(pre).toHaveClass('language-bash');
    expect(pre).toHaveAttribute('tabindex', '0');
    expect(pre?.querySelector('code')?.textContent).toBe('npm install\nnpm start');
    expect(container.querySelector('p')).toHaveTextContent('Exempel');
    expect(container.querySelector('button')).toBeNull();
  });
});
