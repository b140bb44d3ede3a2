import React, {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import SitePage from '@site/src/components/SitePage';
import {
  addArea,
  deleteRound,
  initialState,
  localIsoDate,
  matchingRound,
  mergeRounds,
  ratingOf,
  removeArea,
  renameArea,
  restoreArea,
  restoreRound,
  saveRound,
  setText,
  setValue,
  type Area,
  type Rating,
  type Round,
  type WheelState,
} from '@site/src/tools/livshjulet/model';
import {backupKey, storageKey} from '@site/src/tools/livshjulet/storage';
import AreaList from './_components/AreaList';
import DataPanel from './_components/DataPanel';
import FocusPanel from './_components/FocusPanel';
import RatingPanel from './_components/RatingPanel';
import RoundComparison from './_components/RoundComparison';
import RoundsPanel, {roundName} from './_components/RoundsPanel';
import ToolContents from './_components/ToolContents';
import PrivacyNotice from '@site/src/components/PrivacyNotice';
import UndoNotice from '@site/src/components/UndoNotice';
import ValueTable from './_components/ValueTable';
import Wheel, {type WheelLayer} from './_components/Wheel';
import {useWheelState} from './_components/useWheelState';
import styles from './styles.module.css';

/** What the last removal took away, so that "Ångra" can put it back. */
type Removed =
  | {kind: 'area'; area: Area; index: number; rating: Rating | undefined}
  | {kind: 'round'; round: Round; index: number}
  | null;

/** Moves focus to an element once React has drawn it (after an undo, to the restored item). */
function focusSoon(id: string): void {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}

const wheelId = 'livshjulet';

function describeWheel(state: WheelState): string {
  const parts = state.areas.map((area) => {
    const rating = ratingOf(state, area.id);
    const now = rating.now === null ? 'inte skattat' : `${rating.now} av 10`;
    return rating.wish === null ? `${area.name} ${now}` : `${area.name} ${now}, vill till ${rating.wish}`;
  });
  return `Livshjul med ${state.areas.length} livsområden: ${parts.join('; ')}.`;
}

/** The wheel's two layers: "nu" filled, "dit jag vill" dashed (the screen's wheel and the printed one). */
function nowAndWishLayers(state: WheelState): WheelLayer[] {
  const values = (which: 'now' | 'wish') => Object.fromEntries(state.areas.map((area) => [area.id, ratingOf(state, area.id)[which]]));
  return [
    {style: 'fill', label: 'nu', values: values('now')},
    {style: 'dashed', label: 'vill', values: values('wish')},
  ];
}

/** The printout's date: the saved round's, when the wheel is that round; otherwise today's, said as such. */
function printedDate(state: WheelState, today: string): string {
  const round = matchingRound(state);
  if (round) return `${round.label}, ${round.date}.`;
  return today ? `Utskrivet ${today}. Värdena är inte sparade som en omgång.` : '';
}

function WheelKey(): ReactNode {
  return (
    <ul className={styles.key} aria-label="Teckenförklaring">
      <li>
        <span className={styles.fillKey} aria-hidden="true" /> Fyllt: nu
      </li>
      <li>
        <span className={styles.wishKey} aria-hidden="true" /> Streckat: dit jag vill
      </li>
    </ul>
  );
}

export default function LifeWheelPage(): ReactNode {
  const {state, update, replace, problem, storageError} = useWheelState();
  const [focusArea, setFocusArea] = useState(state.areas[0]?.id ?? '');
  const [ratingArea, setRatingArea] = useState(state.areas[0]?.id ?? '');
  const [removed, setRemoved] = useState<Removed>(null);
  const [clickSets, setClickSets] = useState<'now' | 'wish'>('now');
  const [printBlank, setPrintBlank] = useState<boolean | null>(null);
  const [today, setToday] = useState('');

  useEffect(() => setToday(localIsoDate()), []);
  useEffect(() => {
    if (printBlank === null) return;
    window.print();
    setPrintBlank(null);
  }, [printBlank]);

  const printed = printBlank ? {...state, ratings: {}} : state;

  return (
    <SitePage
      title="Livshjulet"
      description="Ett livshjul att fylla i tillsammans: skatta livsområden 0–10, sätt mål och nästa steg och jämför över tid. Allt stannar i din webbläsare."
      lead={
        <p>
          Fyll i livshjulet tillsammans med en deltagare, på dator eller mobil. Skatta hur det är nu och dit deltagaren vill, från
          0 till 10, och prata om var ett litet steg skulle göra mest skillnad. Spara en omgång vid inskrivningen och jämför vid
          uppföljningen. Läs <Link to="/verktyg/livshjulet/sa-anvander-du-livshjulet">så använder du livshjulet i samtalet</Link>.
        </p>
      }
      sources={['arsrapport-2024', 'hallstahammar-2019']}>
      <PrivacyNotice what="det du fyller i" clearLabel="Rensa allt" />
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

      <ToolContents />

      <section aria-labelledby="hjulet" className={styles.noPrint}>
        <h2 id="hjulet">Hjulet och skattningen</h2>
        <div className={styles.wheelLayout}>
          <div className={styles.wheelColumn}>
            <Wheel
              id={wheelId}
              areas={state.areas}
              layers={nowAndWishLayers(state)}
              description={describeWheel(state)}
              onPick={(areaId, value) => {
                setRatingArea(areaId);
                update((old) => setValue(old, areaId, clickSets, value));
              }}
            />
            <WheelKey />
          </div>
          <div className={styles.ratingColumn}>
            <RatingPanel
              state={state}
              areaId={ratingArea}
              onSelect={setRatingArea}
              onValue={(areaId, which, value) => update((old) => setValue(old, areaId, which, value))}
            />
            <fieldset className={styles.clickMode}>
              <legend>Ett tryck i hjulet sätter</legend>
              <label>
                <input type="radio" name="klick" checked={clickSets === 'now'} onChange={() => setClickSets('now')} /> Hur det är nu
              </label>
              <label>
                <input type="radio" name="klick" checked={clickSets === 'wish'} onChange={() => setClickSets('wish')} /> Dit jag vill
              </label>
              <p className={styles.hint}>Tryck i ett område på ungefär rätt nivå (mitten är 0, ytterkanten 10) och finjustera med knapparna.</p>
            </fieldset>
          </div>
        </div>
      </section>

      <section aria-labelledby="omraden" className={styles.noPrint}>
        <h2 id="omraden">Livsområden</h2>
        {removed?.kind === 'area' && (
          <UndoNotice
            text={`${removed.area.name} är borttaget, med sina värden och anteckningar.`}
            onUndo={() => {
              update((old) => restoreArea(old, removed.area, removed.index, removed.rating));
              setRemoved(null);
              focusSoon(`ta-bort-${removed.area.id}`);
            }}
            onDismiss={() => setRemoved(null)}
          />
        )}
        <AreaList
          state={state}
          onRename={(areaId, name) => update((old) => renameArea(old, areaId, name))}
          onRate={(areaId) => {
            setRatingArea(areaId);
            document.getElementById('hjulet')?.scrollIntoView();
            focusSoon(`nu-${areaId}-val`);
          }}
          onRemove={(areaId) => {
            const index = state.areas.findIndex((area) => area.id === areaId);
            const area = state.areas[index];
            if (!area) return;
            setRemoved({kind: 'area', area, index, rating: state.ratings[areaId]});
            update((old) => removeArea(old, areaId));
            if (ratingArea === areaId) setRatingArea(state.areas[index === 0 ? 1 : 0]!.id);
          }}
          onAdd={() => update((old) => addArea(old, 'Nytt område'))}
          onFocusArea={(areaId) => {
            setFocusArea(areaId);
            document.getElementById('samtal')?.scrollIntoView();
            document.getElementById('samtal')?.focus();
          }}
        />
      </section>

      <section aria-labelledby="samtal-rubrik" className={styles.noPrint}>
        <h2 id="samtal-rubrik">
          <span id="samtal" tabIndex={-1}>
            Samtala om ett område
          </span>
        </h2>
        <FocusPanel
          state={state}
          areaId={focusArea}
          onSelect={setFocusArea}
          onText={(areaId, which, text) => update((old) => setText(old, areaId, which, text))}
        />
      </section>

      <section aria-labelledby="omgangar" className={styles.noPrint}>
        <h2 id="omgangar">Omgångar över tid</h2>
        {removed?.kind === 'round' && (
          <UndoNotice
            text={`Omgången ${roundName(removed.round)} är borttagen.`}
            onUndo={() => {
              update((old) => restoreRound(old, removed.round, removed.index));
              setRemoved(null);
              focusSoon(`ta-bort-${removed.round.id}`);
            }}
            onDismiss={() => setRemoved(null)}
          />
        )}
        <RoundsPanel
          state={state}
          today={today}
          onSave={(label, date) => update((old) => saveRound(old, label, date))}
          onDelete={(roundId) => {
            const index = state.rounds.findIndex((round) => round.id === roundId);
            const round = state.rounds[index];
            if (!round) return;
            setRemoved({kind: 'round', round, index});
            update((old) => deleteRound(old, roundId));
          }}
        />
      </section>

      <section aria-labelledby="jamfor-rubrik" className={state.rounds.length >= 2 && !printBlank ? styles.comparison : styles.noPrint}>
        <h2 id="jamfor-rubrik">Jämför två omgångar</h2>
        <RoundComparison rounds={state.rounds} />
      </section>

      <section aria-labelledby="ta-med" className={styles.noPrint}>
        <h2 id="ta-med">Spara, skriv ut och rensa</h2>
        <DataPanel
          state={state}
          today={today}
          wheelId={wheelId}
          onReplace={replace}
          onAddRounds={(imported) => {
            const result = mergeRounds(state, imported);
            replace(result.state);
            return result;
          }}
          onClear={() => {
            // Everything the wheel has stored on the device, the set-aside unreadable copy too.
            window.localStorage.removeItem(storageKey);
            window.localStorage.removeItem(backupKey);
            replace(initialState());
          }}
          onPrint={(blank) => setPrintBlank(blank)}
        />
      </section>

      <section aria-labelledby="varden" className={styles.printArea}>
        <h2 id="varden">{printBlank ? 'Livshjul att fylla i' : 'Dina värden'}</h2>
        {!printBlank && <p className={styles.printOnly}>{printedDate(state, today)}</p>}
        <div className={styles.printOnly}>
          <Wheel
            id="livshjulet-utskrift"
            areas={printed.areas}
            layers={printBlank ? [] : nowAndWishLayers(printed)}
            description={describeWheel(printed)}
          />
          {!printBlank && <WheelKey />}
        </div>
        <ValueTable state={printed} caption="Livsområden, skattning och nästa steg" />
      </section>
    </SitePage>
  );
}
