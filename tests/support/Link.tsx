import React, {type ComponentProps, type ReactNode} from 'react';

type Props = Omit<ComponentProps<'a'>, 'href'> & {to?: string; href?: string};

/** Stand-in for @docusaurus/Link in component tests: the same props, rendered as a plain link. */
export default function Link({to, href, children, ...rest}: Props): ReactNode {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
