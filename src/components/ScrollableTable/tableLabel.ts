import React, {Children, isValidElement, type ReactNode} from 'react';
import {joinSwedish} from '../MethodFacts/joinSwedish';

/** The text of a piece of React content: strings and numbers, also inside elements (<strong>, <Abbr>). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

/** The elements among `children`, depth first: Markdown gives a table's rows and cells as MDX elements. */
function elements(children: ReactNode): {props: {children?: ReactNode}}[] {
  return Children.toArray(children).filter((child) => isValidElement<{children?: ReactNode}>(child)) as {props: {children?: ReactNode}}[];
}

/**
 * A name for a Markdown table's scroll region from its column headers ("Tabell: Grupp, Vem leder
 * och När"), so that two tables on a page (the printed handbook has all of them) are two different
 * landmarks. A table without a header row is just "Tabell".
 */
export function tableLabel(children: ReactNode): string {
  const head = Children.toArray(children).find(
    (child): child is React.ReactElement<{children?: ReactNode}> => isValidElement(child) && child.type === 'thead',
  );
  const [firstRow] = head ? elements(head.props.children) : [];
  const headers = firstRow ? elements(firstRow.props.children).map((cell) => textOf(cell.props.children).trim()).filter(Boolean) : [];
  return headers.length > 0 ? `Tabell: ${joinSwedish(headers)}` : 'Tabell';
}
