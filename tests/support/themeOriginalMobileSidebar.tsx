import React, {type ReactNode} from 'react';

/** Stands in for the theme's mobile menu (@theme-original/Navbar/MobileSidebar) in component tests. */
export default function ThemeMobileSidebar(): ReactNode {
  return <div data-testid="temats-mobilmeny">Temats mobilmeny</div>;
}
