// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {act, fireEvent, render, screen} from '@testing-library/react';
import MobileSidebar from '@site/src/theme/Navbar/MobileSidebar';

const sidebar = {shown: false, shouldRender: true, toggle: vi.fn()};
vi.mock('@docusaurus/theme-common/internal', () => ({useNavbarMobileSidebar: () => sidebar}));

beforeEach(() => {
  sidebar.shown = false;
  sidebar.shouldRender = true;
  sidebar.toggle = vi.fn();
});

describe('mobilmenyn', () => {
  it('ritas inte i sidans första rendering, så hydreringen inte väntar på den', () => {
    expect(renderToString(<MobileSidebar />)).toBe('');
  });

  it('ritas efteråt, i en övergång, när fönstret är smalt', async () => {
    await act(async () => {
      render(<MobileSidebar />);
    });
    expect(screen.getByTestId('temats-mobilmeny')).toBeInTheDocument();
  });

  it('ritas inte alls när fönstret är brett', async () => {
    sidebar.shouldRender = false;
    await act(async () => {
      render(<MobileSidebar />);
    });
    expect(screen.queryByTestId('temats-mobilmeny')).toBeNull();
  });

  it('visas direkt när någon trycker på menyknappen innan den hunnit ritas', () => {
    sidebar.shown = true;
    expect(renderToString(<MobileSidebar />)).toContain('Temats mobilmeny');
  });

  it('Escape stänger den öppna menyn och ger fokus tillbaka till menyknappen', async () => {
    sidebar.shown = true;
    const button = document.createElement('button');
    button.className = 'navbar__toggle';
    document.body.append(button);
    await act(async () => {
      render(<MobileSidebar />);
    });
    fireEvent.keyDown(document, {key: 'Escape'});
    expect(sidebar.toggle).toHaveBeenCalledTimes(1);
    expect(button).toHaveFocus();
    button.remove();
  });
});
