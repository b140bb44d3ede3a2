import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {useQueryStringList} from '@docusaurus/theme-common';
import PrivacyNotice from '@site/src/components/PrivacyNotice';
import SitePage from '@site/src/components/SitePage';
import {cardPhases, cardTypes, type ConversationCard} from '@site/src/data/conversationCards';
import {cardById, cardCount, cardsOf, filterCards, filterFrom, noFilter} from '@site/src/tools/samtalskort/deck';
import {currentCard, drawBack, drawNext, emptyDraw, leftInRound, type DrawState} from '@site/src/tools/samtalskort/draw';
import {cardsParam, nameParam, readSetSearch, type LinkedSet} from '@site/src/tools/samtalskort/setLink';
import {activeSet, addSet, initialSets, isPinned, pin, unpin} from '@site/src/tools/samtalskort/sets';
import {backupKey, storageKey} from '@site/src/tools/samtalskort/storage';
import CardFilter from './_components/CardFilter';
import CardList from './_components/CardList';
import DrawPanel from './_components/DrawPanel';
import PrintPanel, {type PrintChoice} from './_components/PrintPanel';
import PrintSheets from './_components/PrintSheets';
import SetPanel from './_components/SetPanel';
import SharedSet from './_components/SharedSet';
import ShowDialog from './_components/ShowDialog';
import {useCardSets} from './_components/useCardSets';
import styles from './styles.module.css';

/** What the full-screen view shows: the drawn cards, or a list (the filter, the set, a linked set). */
type Showing = {from: 'draw'} | {from: 'list'; ids: string[]; index: number} | null;

function filterTitle(types: readonly string[], phases: readonly string[]): string {
  const parts = [
    ...types.map((type) => cardTypes[type as keyof typeof cardTypes].label.toLowerCase()),
    ...phases.map((phase) => cardPhases[phase as keyof typeof cardPhases].toLowerCase()),
  ];
  return parts.length > 0 ? `Samtalskort: ${parts.join(', ')}` : 'Samtalskort: hela kortleken';
}

export default function ConversationCardsPage(): ReactNode {
  const [mounted, setMounted] = useState(false);
  const [typeValues, setTypeValues] = useQueryStringList('typ');
  const [phaseValues, setPhaseValues] = useQueryStringList('fas');
  // The page is built without an address; the filter in the address applies once it runs in the browser.
  const filter = mounted ? filterFrom(typeValues, phaseValues) : noFilter;
  const filtered = useMemo(() => filterCards(filter), [filter.types.join(), filter.phases.join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const deckIds = useMemo(() => filtered.map((card) => card.id), [filtered]);

  const {state, update, problem, storageError} = useCardSets();
  const set = activeSet(state);
  const [draw, setDraw] = useState<DrawState>(emptyDraw);
  const [newRound, setNewRound] = useState(false);
  const [showing, setShowing] = useState<Showing>(null);
  const [easy, setEasy] = useState(false);
  const [printChoice, setPrintChoice] = useState<PrintChoice>({what: 'urval', how: 'kort', easy: false});
  const [printing, setPrinting] = useState(false);

  const location = useLocation();
  const history = useHistory();
  const [linked, setLinked] = useState<LinkedSet | null>(null);
  const [linkedSaved, setLinkedSaved] = useState(false);

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    const read = readSetSearch(location.search, (id) => cardById(id) !== undefined);
    setLinked(read);
  }, [location.search]);
  // Focus goes to the shared set's heading once its panel is on the page (an earlier
  // requestAnimationFrame could run before React had rendered the panel, and focus stayed put).
  useEffect(() => {
    if (linked) document.getElementById('delad-rubrik')?.focus();
  }, [linked]);
  useEffect(() => {
    if (!printing) return;
    window.print();
    setPrinting(false);
  }, [printing]);

  const drawnId = currentCard(draw);
  const drawn = drawnId ? cardById(drawnId) ?? null : null;

  function doDraw(): void {
    const result = drawNext(draw, deckIds);
    setDraw(result.state);
    setNewRound(result.newRound);
  }

  function doBack(): void {
    const result = drawBack(draw);
    if (result) setDraw(result.state);
    setNewRound(false);
  }

  function togglePin(id: string): void {
    update((old) => (isPinned(old, id) ? unpin(old, id) : pin(old, id)));
  }

  function closeLinked(): void {
    const params = new URLSearchParams(location.search);
    params.delete(cardsParam);
    params.delete(nameParam);
    const search = params.toString();
    history.replace({search: search ? `?${search}` : ''});
  }

  const printedCards: readonly ConversationCard[] = printChoice.what === 'urval' ? filtered : cardsOf(set.cards);
  const printTitle = printChoice.what === 'urval' ? filterTitle(filter.types, filter.phases) : `Samtalskort: ${set.name || 'uppsättning'}`;

  let dialog: ReactNode = null;
  if (showing?.from === 'draw' && drawn) {
    dialog = (
      <ShowDialog
        card={drawn}
        position={`Draget kort ${draw.position + 1}`}
        onPrevious={draw.position > 0 ? doBack : null}
        onNext={deckIds.length > 0 ? doDraw : null}
        easy={easy}
        onEasy={setEasy}
        onClose={() => setShowing(null)}
      />
    );
  } else if (showing?.from === 'list') {
    const cards = cardsOf(showing.ids);
    const card = cards[showing.index];
    if (card) {
      dialog = (
        <ShowDialog
          card={card}
          position={`Kort ${showing.index + 1} av ${cards.length}`}
          onPrevious={showing.index > 0 ? () => setShowing({...showing, index: showing.index - 1}) : null}
          onNext={showing.index < cards.length - 1 ? () => setShowing({...showing, index: showing.index + 1}) : null}
          easy={easy}
          onEasy={setEasy}
          onClose={() => setShowing(null)}
        />
      );
    }
  }

  return (
    <SitePage
      title="Samtalskort"
      description="Lösningsfokuserade frågor och värdekort att dra, visa i stor text för deltagaren, samla i en egen uppsättning och skriva ut. Allt stannar i din webbläsare."
      lead={
        <p>
          Frågor i lösningsfokuserad anda för första mötet, uppföljningen, avslutet och gruppen, och värdekort att samtala om i
          grupp. Välj typ och fas, dra ett kort eller visa ett kort i stor text för deltagaren. Varje fråga finns också på
          enklare svenska. Läs <Link to="/verktyg/samtalskort/sa-anvander-du-samtalskorten">så använder du samtalskorten</Link>.
        </p>
      }
      sources={['arsrapport-2024']}>
      <PrivacyNotice what="dina uppsättningar" clearLabel="Rensa allt" />
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      {storageError && (
        <p role="alert" className={styles.problem}>
          {storageError}
        </p>
      )}

      {linked && (
        <SharedSet
          linked={linked}
          saved={linkedSaved}
          onShow={() => setShowing({from: 'list', ids: linked.ids, index: 0})}
          onSave={() => {
            update((old) => addSet(old.sets.length === 1 && old.sets[0]!.cards.length === 0 ? {...initialSets(), sets: []} : old, linked.name || 'Delad uppsättning', linked.ids));
            setLinkedSaved(true);
          }}
          onClose={() => {
            setLinkedSaved(false);
            closeLinked();
          }}
        />
      )}

      <nav aria-label="Verktygets delar" className={styles.contents}>
        <ul>
          <li>
            <a href="#urval">Välj kort</a>
          </li>
          <li>
            <a href="#dra">Dra ett kort</a>
          </li>
          <li>
            <a href="#uppsattning">Din uppsättning ({cardCount(set.cards.length)})</a>
          </li>
          <li>
            <a href="#skriv-ut">Skriv ut</a>
          </li>
          <li>
            <a href="#korten">Alla kort i urvalet</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="urval" className={styles.part}>
        <h2 id="urval">Välj kort</h2>
        <CardFilter
          filter={filter}
          onTypes={(types) => setTypeValues(types)}
          onPhases={(phases) => setPhaseValues(phases)}
        />
        <p className={styles.count} aria-live="polite">
          {filtered.length === 0 ? 'Inga kort passar urvalet.' : `${cardCount(filtered.length)} passar urvalet.`}{' '}
          {filter.types.length + filter.phases.length > 0 && (
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                setTypeValues([]);
                setPhaseValues([]);
              }}>
              Visa alla kort
            </button>
          )}
        </p>
      </section>

      <section aria-labelledby="dra" className={styles.part}>
        <h2 id="dra">Dra ett kort</h2>
        <DrawPanel
          card={drawn}
          total={deckIds.length}
          left={leftInRound(draw, deckIds)}
          newRound={newRound}
          canBack={draw.position > 0}
          pinned={drawn ? isPinned(state, drawn.id) : false}
          setName={set.name || 'uppsättningen'}
          onDraw={doDraw}
          onBack={doBack}
          onShow={() => setShowing({from: 'draw'})}
          onPin={() => drawn && togglePin(drawn.id)}
        />
      </section>

      <section aria-labelledby="uppsattning" className={styles.part}>
        <h2 id="uppsattning">Din uppsättning</h2>
        <p className={styles.intro}>
          Fäst kort för ett möte eller en grupp. Uppsättningen sparas på den här enheten. Dela den som en länk, så öppnar en
          kollega samma kort.
        </p>
        <SetPanel
          state={state}
          update={update}
          onShow={(ids, index) => setShowing({from: 'list', ids, index})}
          onClear={() => {
            // Everything the tool has stored on the device, the set-aside unreadable copy too.
            window.localStorage.removeItem(storageKey);
            window.localStorage.removeItem(backupKey);
            update(() => initialSets());
          }}
        />
      </section>

      <section aria-labelledby="skriv-ut" className={styles.part}>
        <h2 id="skriv-ut">Skriv ut</h2>
        <PrintPanel
          choice={printChoice}
          filtered={filtered.length}
          inSet={cardsOf(set.cards).length}
          setName={set.name}
          onChange={setPrintChoice}
          onPrint={() => setPrinting(true)}
        />
      </section>

      <section aria-labelledby="korten" className={styles.part}>
        <h2 id="korten">Alla kort i urvalet</h2>
        <CardList
          cards={filtered}
          isPinned={(id) => isPinned(state, id)}
          setName={set.name || 'uppsättningen'}
          onPin={togglePin}
          onShow={(index) => setShowing({from: 'list', ids: deckIds, index})}
        />
      </section>

      {mounted && <PrintSheets title={printTitle} cards={printedCards} how={printChoice.how} easy={printChoice.easy} />}
      {dialog}
    </SitePage>
  );
}
