/**
 * Reads the steps of a <ProcessFlow> from its children: a Markdown list, one item per step.
 *
 *     1. **Uppstartsmöte**
 *        Ni pratar om förväntningar.
 *        Vem: Deltagaren, remittenten och konsulenten
 *
 * The bold first line is the step's title, the lines after it its text, and a line starting with
 * "Vem:" who takes part (optional). Items may also be written as paragraphs with blank lines between.
 * Links, abbreviations and emphasis in the text are kept. Anything else stops the build with a
 * Swedish message naming the flow and the step.
 */
import {Children, isValidElement, type ReactElement, type ReactNode} from 'react';

export interface ProcessStepNodes {
  title: ReactNode;
  /** The text, with adjacent strings merged (so that the HTML has no empty comments between them). */
  text: ReactNode[];
  who?: ReactNode[];
}

type Props = {children?: ReactNode};
const whoPrefix = /^Vem:\s*/;

function elementsOf(node: ReactNode): ReactElement<Props>[] {
  return Children.toArray(node).filter((child): child is ReactElement<Props> => isValidElement(child));
}

/** The MDX components in use (useMDXComponents()): the theme renders some tags, e.g. li and ul, with its own components. */
export type MdxComponents = Readonly<Record<string, unknown>>;

/** MDX gives the list and its items as elements whose type is the tag or the theme's component for it. */
function tagOf(element: ReactElement<Props>, components: MdxComponents): string {
  const type = element.type as unknown;
  if (typeof type === 'string') return type;
  return Object.keys(components).find((tag) => components[tag] === type) ?? '';
}

/** The item's content as lines of nodes: a line break in a string or a new paragraph starts a line. */
function linesOf(nodes: ReactNode, components: MdxComponents): ReactNode[][] {
  const lines: ReactNode[][] = [[]];
  const newLine = () => {
    if (lines[lines.length - 1]!.length > 0) lines.push([]);
  };
  const add = (node: ReactNode) => {
    if (typeof node === 'string') {
      node.split('\n').forEach((part, index) => {
        if (index > 0) newLine();
        if (part.trim() !== '') lines[lines.length - 1]!.push(part);
      });
    } else if (isValidElement<Props>(node) && tagOf(node, components) === 'p') {
      newLine();
      Children.toArray(node.props.children).forEach(add);
      newLine();
    } else if (node !== null && node !== undefined && typeof node !== 'boolean') {
      lines[lines.length - 1]!.push(node);
    }
  };
  Children.toArray(nodes).forEach(add);
  return lines.filter((line) => line.length > 0);
}

/** Joins lines with spaces and merges adjacent strings. */
function joined(lines: readonly ReactNode[][]): ReactNode[] {
  const out: ReactNode[] = [];
  lines.forEach((line, lineIndex) => {
    line.forEach((node, index) => {
      const piece = typeof node === 'string' ? (index === 0 && lineIndex > 0 ? ` ${node.trimStart()}` : node) : node;
      const last = out[out.length - 1];
      if (typeof piece === 'string' && typeof last === 'string') out[out.length - 1] = last + piece;
      else out.push(piece);
    });
  });
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  const end = out.length - 1;
  if (typeof out[end] === 'string') out[end] = (out[end] as string).trimEnd();
  return out.filter((node) => node !== '');
}

export function stepsFromList(children: ReactNode, label: string, components: MdxComponents = {}): ProcessStepNodes[] {
  const where = `<ProcessFlow label="${label}">`;
  const lists = elementsOf(children).filter((element) => ['ol', 'ul'].includes(tagOf(element, components)));
  if (lists.length !== 1) {
    throw new Error(`${where}: innehållet ska vara en lista i Markdown, ett steg per punkt (1. **Rubrik** följt av texten på nästa rad)`);
  }
  const items = elementsOf(lists[0]!.props.children).filter((element) => tagOf(element, components) === 'li');
  if (items.length === 0) throw new Error(`${where}: listan har inga steg`);
  return items.map((item, index) => {
    const [first, ...rest] = linesOf(item.props.children, components);
    const title = first?.length === 1 && isValidElement<Props>(first[0]) && tagOf(first[0], components) === 'strong' ? first[0].props.children : undefined;
    if (title === undefined) {
      throw new Error(`${where}: steg ${index + 1} ska börja med stegets rubrik i fetstil på en egen rad (**Rubrik**)`);
    }
    const whoLines = rest.filter((line) => typeof line[0] === 'string' && whoPrefix.test(line[0]));
    const textLines = rest.filter((line) => !whoLines.includes(line));
    if (textLines.length === 0) throw new Error(`${where}: steg ${index + 1} saknar text under rubriken`);
    if (whoLines.length > 1) throw new Error(`${where}: steg ${index + 1} har mer än en rad som börjar med "Vem:"`);
    const who = whoLines[0] && joined([[(whoLines[0][0] as string).replace(whoPrefix, ''), ...whoLines[0].slice(1)]]);
    return {title, text: joined(textLines), ...(who ? {who} : {})};
  });
}
