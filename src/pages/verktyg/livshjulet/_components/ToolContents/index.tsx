import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

const parts = [
  {id: 'hjulet', label: 'Hjulet och skattningen'},
  {id: 'omraden', label: 'Livsområden'},
  {id: 'samtal-rubrik', label: 'Samtala om ett område'},
  {id: 'omgangar', label: 'Omgångar'},
  {id: 'ta-med', label: 'Spara, öppna och skriv ut'},
  {id: 'varden', label: 'Dina värden'},
] as const;

/** Links to the tool's parts, so that a keyboard user reaches "Spara omgång" in a few steps. */
export default function ToolContents(): ReactNode {
  return (
    <nav aria-label="Livshjulets delar" className={styles.contents}>
      <ul>
        {parts.map((part) => (
          <li key={part.id}>
            <a href={`#${part.id}`}>{part.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
