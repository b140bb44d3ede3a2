import fc from 'fast-check';
import {currentCard, drawBack, drawNext, emptyDraw, leftInRound, type DrawState} from '@site/src/tools/samtalskort/draw';

const deckArb = fc.uniqueArray(fc.stringMatching(/^[a-z][0-9]{1,2}$/), {minLength: 1, maxLength: 30});
const randomArb = fc.infiniteStream(fc.double({min: 0, max: 1, maxExcluded: true, noNaN: true}));

function drawAll(deck: readonly string[], count: number, randoms: Iterator<number>, start: DrawState = emptyDraw) {
  let state = start;
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = drawNext(state, deck, () => randoms.next().value as number);
    state = result.state;
    cards.push(result.card!);
  }
  return {state, cards};
}

describe('att dra ett kort', () => {
  it('inget kort kommer två gånger förrän hela urvalet är draget, och alla kort nås', () => {
    fc.assert(
      fc.property(deckArb, randomArb, (deck, randoms) => {
        const {cards} = drawAll(deck, deck.length, randoms[Symbol.iterator]());
        expect(new Set(cards).size).toBe(deck.length);
        expect([...cards].sort()).toEqual([...deck].sort());
      }),
    );
  });

  it('efter en hel runda börjar en ny, som inte börjar med kortet som just visades', () => {
    fc.assert(
      fc.property(deckArb, randomArb, (deck, randoms) => {
        const iterator = randoms[Symbol.iterator]();
        const first = drawAll(deck, deck.length, iterator);
        const next = drawNext(first.state, deck, () => iterator.next().value as number);
        expect(next.newRound).toBe(true);
        if (deck.length > 1) expect(next.card).not.toBe(first.cards.at(-1));
        // The second round reaches every card too.
        const second = drawAll(deck, deck.length - 1, iterator, next.state);
        expect(new Set([next.card, ...second.cards]).size).toBe(deck.length);
      }),
    );
  });

  it('tillbaka visar korten i omvänd ordning, och nästa går framåt igen utan nya kort', () => {
    fc.assert(
      fc.property(deckArb, randomArb, (deck, randoms) => {
        const {state, cards} = drawAll(deck, deck.length, randoms[Symbol.iterator]());
        let back = state;
        const seen: string[] = [currentCard(back)!];
        for (let result = drawBack(back); result; result = drawBack(back)) {
          back = result.state;
          seen.push(result.card);
        }
        expect(seen).toEqual([...cards].reverse());
        if (deck.length === 1) return;
        const forward = drawNext(back, deck, () => 0);
        expect(forward.card).toBe(cards[1]);
        expect(forward.state.history).toEqual(state.history);
      }),
    );
  });

  it('ett nytt filter: bara kort i filtret dras, och de som redan dragits kommer inte igen i rundan', () => {
    fc.assert(
      fc.property(deckArb, randomArb, fc.integer({min: 0, max: 29}), (deck, randoms, cut) => {
        const iterator = randoms[Symbol.iterator]();
        const first = drawAll(deck, Math.min(cut, deck.length), iterator);
        const narrower = deck.slice(0, Math.max(1, Math.ceil(deck.length / 2)));
        const left = leftInRound(first.state, narrower);
        const {cards} = drawAll(narrower, left, iterator, first.state);
        for (const card of cards) {
          expect(narrower).toContain(card);
          expect(first.cards).not.toContain(card);
        }
      }),
    );
  });

  it('ett tomt urval ger inget kort', () => {
    expect(drawNext(emptyDraw, []).card).toBeNull();
    expect(drawBack(emptyDraw)).toBeNull();
  });
});
