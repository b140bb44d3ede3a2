import React, {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import SitePage from '@site/src/components/SitePage';
import {
  addArea,
  deleteRound,
  initialState,
  ratingOf,
  removeArea,
  renameArea,
  saveRound,
  setText,
  setValue,
  type WheelState,
} from '@site/src/tools/livshjulet/model';
import {backupKey, storageKey} from '@site/src/tools/livshjulet/storage';
import AreaTable from './_components/AreaTable';
import DataPanel from './_components/DataPanel';
import FocusPanel from './_components/FocusPanel';
import RoundsPanel from './_components/RoundsPanel';
import ValueTable from './_components/ValueTable';
import Wheel from './_components/Wheel';
import {useWheelState} from './_components/useWheelState';
import styles from './styles.module.css';

const wheelId = 'livshjulet';

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function describeWheel(state: WheelState): string {
  const parts = state.areas.map((area) => {
    const rating = ratingOf(state, area.id);
    const now = rating.now === null ? 'inte skattat' : `${rating.now} av 10`;
    return rating.wish === null ? `${area.name} ${now}` : `${area.name} ${now}, vill till ${rating.wish}`;
  });
  return `Livshjul med ${state.areas.length} livsområden: ${parts.join('; ')}.`;
}

export default function LifeWheelPage(): ReactNode {
  const {state, update, replace, problem, storageError} = useWheelState();
  const [focusArea, setFocusArea] = useState(state.areas[0]?.id ?? '');
  const [clickSets, setClickSets] = useState<'now' | 'wish'>('now');
  const [printBlank, setPrintBlank] = useState<boolean | null>(null);
  const [today, setToday] = useState('');

  useEffect(() => setToday(todayIso()), []);
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
      <aside className={styles.privacy} aria-label="Om dina uppgifter">
        <p>
          <strong>Allt stannar i den här webbläsaren.</strong> Ingenting skickas till någon server, och ingen annan kan se det
          du fyller i. Det sparas i webbläsarens lagring på den här enheten tills du väljer <em>Rensa allt</em>. Använd inte en
          dator som andra delar, eller rensa när ni är klara.
        </p>
      </aside>
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

      <section aria-labelledby="hjulet" className={styles.noPrint}>
        <h2 id="hjulet">Hjulet</h2>
        <div className={styles.wheelLayout}>
          <div>
            <Wheel
              id={wheelId}
              areas={state.areas}
              layers={[
                {style: 'fill', label: 'nu', values: Object.fromEntries(state.areas.map((area) => [area.id, ratingOf(state, area.id).now]))},
                {style: 'dashed', label: 'vill', values: Object.fromEntries(state.areas.map((area) => [area.id, ratingOf(state, area.id).wish]))},
              ]}
              description={describeWheel(state)}
              onPick={(areaId, value) => update((old) => setValue(old, areaId, clickSets, value))}
            />
            <p className={styles.key}>
              <span className={styles.fillKey} aria-hidden="true" /> Fyllt: hur det är nu.{' '}
              <span className={styles.wishKey} aria-hidden="true" /> Streckad linje: dit jag vill.
            </p>
          </div>
          <fieldset className={styles.clickMode}>
            <legend>Ett klick i hjulet sätter</legend>
            <label>
              <input type="radio" name="klick" checked={clickSets === 'now'} onChange={() => setClickSets('now')} /> Hur det är nu
            </label>
            <label>
              <input type="radio" name="klick" checked={clickSets === 'wish'} onChange={() => setClickSets('wish')} /> Dit jag vill
            </label>
            <p className={styles.hint}>Klicka eller tryck i området på den nivå du vill sätta: mitten är 0 och ytterkanten 10.</p>
          </fieldset>
        </div>
      </section>

      <section aria-labelledby="omraden" className={styles.noPrint}>
        <h2 id="omraden">Livsområden och skattning</h2>
        <AreaTable
          state={state}
          onRename={(areaId, name) => update((old) => renameArea(old, areaId, name))}
          onValue={(areaId, which, value) => update((old) => setValue(old, areaId, which, value))}
          onRemove={(areaId) => update((old) => removeArea(old, areaId))}
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
        <RoundsPanel
          state={state}
          today={today || '2026-01-01'}
          onSave={(label, date) => update((old) => saveRound(old, label, date))}
          onDelete={(roundId) => update((old) => deleteRound(old, roundId))}
        />
      </section>

      <section aria-labelledby="ta-med" className={styles.noPrint}>
        <h2 id="ta-med">Spara, skriv ut och rensa</h2>
        <DataPanel
          state={state}
          today={today}
          wheelId={wheelId}
          onImport={replace}
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
        {today && <p className={styles.printOnly}>Datum: {today}</p>}
        <div className={styles.printOnly}>
          <Wheel id="livshjulet-utskrift" areas={printed.areas} layers={printBlank ? [] : [
            {style: 'fill', label: 'nu', values: Object.fromEntries(printed.areas.map((area) => [area.id, ratingOf(printed, area.id).now]))},
            {style: 'dashed', label: 'vill', values: Object.fromEntries(printed.areas.map((area) => [area.id, ratingOf(printed, area.id).wish]))},
          ]} description={describeWheel(printed)} />
        </div>
        <ValueTable state={printed} caption="Livsområden, skattning och nästa steg" />
      </section>
    </SitePage>
  );
}
