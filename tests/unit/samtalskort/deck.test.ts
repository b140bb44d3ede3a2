import {cardPhaseIds, cardTypeIds, cardTypes, conversationCards} from '@site/src/data/conversationCards';
import {findDeckProblems, minCards} from '@site/src/data/conversationCardsSchema';
import {findSiteDataProblems} from '@site/src/data/validate';
import {cardsOf, filterCards, filterFrom} from '@site/src/tools/samtalskort/deck';

const good = conversationCards[0]!;

describe('kortleken', () => {
  it('följer schemat och har minst 60 kort', () => {
    expect(findDeckProblems(conversationCards)).toEqual([]);
    expect(conversationCards.length).toBeGreaterThanOrEqual(minCards);
  });

  it('kontrolleras när webbplatsen byggs', () => {
    expect(findSiteDataProblems().filter((line) => line.includes('conversationCards'))).toEqual([]);
  });

  it('har kort av varje typ och för varje fas', () => {
    for (const type of cardTypeIds) expect(conversationCards.some((card) => card.type === type), type).toBe(true);
    for (const phase of cardPhaseIds) expect(conversationCards.some((card) => card.phases.includes(phase)), phase).toBe(true);
  });

  it('har exempelfrågor för varje frågetyp som lösningsfokussidan visar', () => {
    const onPage = cardTypeIds.filter((type) => cardTypes[type].handbook.startsWith('/metodhandbok/losningsfokus#'));
    expect(onPage.length).toBeGreaterThanOrEqual(8);
    for (const type of onPage) expect(conversationCards.some((card) => card.type === type && card.example), type).toBe(true);
  });
});

describe('en felaktig kortlek stoppar bygget med kort, fält och regel', () => {
  const deck = (...changed: unknown[]) => [...changed, ...conversationCards.slice(changed.length)];

  it('en tom enkel formulering', () => {
    expect(findDeckProblems(deck({...good, easy: ' '}))).toContain(`src/data/conversationCards.ts: kortet ${good.id}, fältet easy: får inte vara tom`);
  });

  it('en okänd typ och en okänd fas', () => {
    const problems = findDeckProblems(deck({...good, type: 'mirakel', phases: ['inskrivning']}));
    expect(problems).toContain(`src/data/conversationCards.ts: kortet ${good.id}, fältet type: ska vara en av typerna ${cardTypeIds.join(', ')}`);
    expect(problems).toContain(`src/data/conversationCards.ts: kortet ${good.id}, fältet phases.0: ska vara en av faserna ${cardPhaseIds.join(', ')}`);
  });

  it('två kort med samma id, och samma fråga två gånger', () => {
    const second = conversationCards[1]!;
    expect(findDeckProblems(deck(good, {...second, id: good.id}))).toContain(`src/data/conversationCards.ts: kortet ${good.id}, fältet id: samma id som kort nummer 1`);
    expect(findDeckProblems(deck(good, {...second, text: good.text}))).toContain(`src/data/conversationCards.ts: kortet ${second.id}, fältet text: samma text som kortet ${good.id}`);
  });

  it('ett kort utan id, ett okänt fält och ett kort utan faser', () => {
    const {id: _id, ...noId} = good;
    expect(findDeckProblems(deck(noId))[0]).toMatch(/^src\/data\/conversationCards\.ts: kort nummer 1, fältet id: /);
    expect(findDeckProblems(deck({...good, svar: 'x'}))[0]).toMatch(/kortet f1: .*svar/);
    expect(findDeckProblems(deck({...good, phases: []}))).toContain('src/data/conversationCards.ts: kortet f1, fältet phases: ska ha minst en fas');
  });

  it('en fråga utan frågetecken och en för lång enkel formulering', () => {
    expect(findDeckProblems(deck({...good, text: 'Vad vill du ändra'}))[0]).toContain('fältet text: en fråga ska sluta med frågetecken');
    expect(findDeckProblems(deck({...good, easy: `${good.text} Och ${good.text}`}))[0]).toContain('fältet easy: den enkla formuleringen ska vara kort');
  });

  it('för få kort', () => {
    expect(findDeckProblems(conversationCards.slice(0, 10))).toContain(`src/data/conversationCards.ts: kortleken har 10 kort men ska ha minst ${minCards}`);
  });
});

describe('filtret', () => {
  it('inget val ger hela kortleken', () => {
    expect(filterCards({types: [], phases: []})).toHaveLength(conversationCards.length);
  });

  it('typ och fas tillsammans', () => {
    const cards = filterCards({types: ['skalfraga'], phases: ['avslut']});
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.type).toBe('skalfraga');
      expect(card.phases).toContain('avslut');
    }
  });

  it('okända värden i adressen tas bort', () => {
    expect(filterFrom(['mal', 'x'], ['grupp', '<script>'])).toEqual({types: ['mal'], phases: ['grupp']});
  });

  it('kort ur id:n, i den ordningen, utan okända', () => {
    expect(cardsOf(['s2', 'nej', 'f1']).map((card) => card.id)).toEqual(['s2', 'f1']);
  });
});
