// @vitest-environment jsdom
import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import Abbr from '@site/src/components/Abbr';

// The component reads the abbreviations from siteConfig.customFields (tests/support/useDocusaurusContext.ts).

describe('Abbr', () => {
  it('länkar förkortningen till ordlistan och ger utskrivningen som beskrivning', () => {
    render(<Abbr term="individ-och-familjeomsorgen">IFO</Abbr>);
    const link = screen.getByRole('link', {name: 'IFO'});
    expect(link).toHaveAttribute('href', '/ordlista#individ-och-familjeomsorgen');
    expect(link).toHaveAccessibleDescription('Individ- och familjeomsorgen');
    expect(link.querySelector('abbr')).toHaveAttribute('title', 'Individ- och familjeomsorgen');
    expect(screen.getByRole('tooltip', {hidden: true})).toHaveTextContent('Individ- och familjeomsorgen');
  });

  it('döljer utskrivningen med Escape tills fokus lämnar', () => {
    const {container} = render(<Abbr term="samordnad-individuell-plan" />);
    const wrapper = container.firstElementChild!;
    const before = wrapper.className;
    fireEvent.keyDown(screen.getByRole('link', {name: 'SIP'}), {key: 'Escape'});
    expect(wrapper.className).not.toBe(before);
    fireEvent.blur(screen.getByRole('link', {name: 'SIP'}));
    expect(wrapper.className).toBe(before);
  });

  it('stoppar bygget för ett ord som inte finns', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Abbr term="finns-inte">X</Abbr>)).toThrow(/"finns-inte" är inte en förkortning i ordlistan/);
  });
});
