/**
 * The scaling question's follow-ups for one area, in the solution-focused way the teams work:
 * start from what already works, then the next small step towards where the participant wants to be.
 */
import {gapOf} from './model';

export function followUpQuestions(now: number | null, wish: number | null = null): string[] {
  if (now === null) return ['Var på skalan 0–10 skulle du säga att du är i dag, om 10 är som bäst?'];
  const lower = Math.max(0, now - 2);
  const first =
    now === 0 ? 'Hur har du klarat dig hittills, trots att det är så tufft?' : `Vad gör att det är en ${now} och inte en ${lower}?`;
  const gap = gapOf({now, wish});
  let next: string[];
  if (gap.kind === 'down') {
    // "Dit jag vill" below "nu": the participant wants less of something (less work, fewer commitments).
    next = [
      `Du vill hellre vara på en ${wish} än en ${now}. Vad skulle bli bättre om det var lite mindre av det här?`,
      'Vad skulle du göra med den tid eller kraft som blir över?',
    ];
  } else if (gap.kind === 'reached' || now === 10) {
    next = ['Vad behöver du göra för att det ska fortsätta vara så här bra?'];
  } else {
    next = [`Hur skulle det se ut om det var en ${now + 1}? Vad skulle vara annorlunda?`];
  }
  return [
    first,
    ...next,
    'Vem skulle vara först att märka att du tagit ett steg framåt? Vad skulle hen se?',
    'Vad har du redan gjort som har hjälpt, även lite?',
  ];
}
