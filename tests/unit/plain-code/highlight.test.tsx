// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import {Highlight, plainTokens} from '../../../plugins/plain-code/PlainHighlight';

describe('kodblock utan syntaxmarkering', () => {
  it('delar koden i rader med en vanlig bit var, och en tom rad behåller sin höjd', () => {
    expect(plainTokens('a = 1\n\nb = 2\n')).toEqual([
      [{types: ['plain'], content: 'a = 1'}],
      [{types: ['plain'], content: '\n', empty: true}],
      [{types: ['plain'], content: 'b = 2'}],
    ]);
  });

  it('ritar raderna som temats kodblock gör, med samma klasser', () => {
    const {container} = render(
      <Highlight code={'rad ett\nrad två'} language="bash">
        {({className, tokens, getLineProps, getTokenProps}) => (
          <pre className={className}>
            <code>
              {tokens.map((line, index) => (
                <span key={index} {...getLineProps({line})}>
                  {line.map((token, key) => (
                    <span key={key} {...getTokenProps({token})} />
                  ))}
                </span>
              ))}
            </code>
          </pre>
        )}
      </Highlight>,
    );
    expect(container.querySelector('pre')).toHaveClass('prism-code', 'language-bash');
    expect(Array.from(container.querySelectorAll(".token-line")).map((line) => line.textContent)).toEqual(['rad ett', 'rad två']);
    expect(container.querySelectorAll('.token.plain')).toHaveLength(2);
  });
});
