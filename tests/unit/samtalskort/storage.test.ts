import fc from 'fast-check';
import {addSet, initialSets, mergeSets, pin, removeSet, restorePin, restoreSet, unpin, activeSet} from '@site/src/tools/samtalskort/sets';
import {backupKey, currentVersion, formatName, loadFrom, maxImportBytes, readImport, readStored, storageKey, writeStored, type KeyValueStore} from '@site/src/tools/samtalskort/storage';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & {data: Map<string, string>} {
  const data = new Map(Object.entries(initial));
  return {data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key)};
}

const saved = () => pin(pin(pin(initialSets(), 's1'), 'u2'), 'r3');

describe('att spara uppsättningar', () => {
  it('sparat läses tillbaka likadant', () => {
    const state = addSet(saved(), 'Grupp tisdag', ['g1', 'v2'], 'grupp-1');
    expect(readStored(writeStored(state))).toEqual({ok: true, state});
  });

  it('ett trasigt sparat värde flyttas undan, inte bort, och ger ett meddelande', () => {
    const store = memoryStore({[storageKey]: '{trasig'});
    const result = loadFrom(store);
    expect(result.state).toBeNull();
    expect(result.problem).toContain('gick inte att läsa');
    expect(store.data.get(backupKey)).toBe('{trasig');
    expect(store.data.has(storageKey)).toBe(false);
  });

  it('ett sparat värde med fel innehåll säger vilket fält', () => {
    const bad = JSON.stringify({format: formatName, version: currentVersion, savedAt: '', state: {sets: [], active: 'x'}});
    expect(readStored(bad)).toEqual({ok: false, message: 'Filen har fel innehåll – uppsättningarna: ska ha minst en uppsättning.'});
  });

  it('en nyare version och en fil från ett annat verktyg', () => {
    expect(readStored(JSON.stringify({format: formatName, version: currentVersion + 1}))).toMatchObject({ok: false, message: expect.stringContaining('nyare version')});
    expect(readStored(JSON.stringify({format: 'samordningsteamens-livshjul', version: 1}))).toEqual({ok: false, message: 'Det här är inte en fil från samtalskorten.'});
    expect(readImport(maxImportBytes + 1, '')).toMatchObject({ok: false});
  });

  it('vad som helst, sparat eller importerat, kastar aldrig och förstör aldrig det som är sparat', () => {
    // Valid saves (any cards pinned) beside text, JSON and the format with any state.
    const validArb = fc.subarray(['s1', 'u2', 'r3', 'g1', 'v2']).map((ids) => writeStored(ids.reduce((state, id) => pin(state, id), initialSets())));
    const seen = {read: 0, backedUp: 0};
    fc.assert(
      fc.property(
        fc.oneof(validArb, fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({format: formatName, version: 1, savedAt: '', state: value}))),
        (saved) => {
          const store = memoryStore({[storageKey]: saved});
          const loaded = loadFrom(store);
          const result = readImport(saved.length, saved);
          if (loaded.state) {
            // Read: the same as an import of the text, and the saved text stays where it was.
            seen.read++;
            expect(result).toEqual({ok: true, state: loaded.state});
            expect(store.data.get(storageKey)).toBe(saved);
            expect(store.data.has(backupKey)).toBe(false);
          } else {
            // Not read: the text is moved to the backup, not lost, and both say why in Swedish.
            seen.backedUp++;
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
            expect(store.data.get(backupKey)).toBe(saved);
            expect(store.data.has(storageKey)).toBe(false);
            expect(loaded.problem).toContain('gick inte att läsa');
          }
        },
      ),
    );
    expect(seen.read).toBeGreaterThan(0);
    expect(seen.backedUp).toBeGreaterThan(0);
  });
});

describe('uppsättningarna', () => {
  it('fäst, ta bort och ångra lägger kortet där det var', () => {
    const state = saved();
    const set = activeSet(state);
    const removed = unpin(state, 'u2');
    expect(activeSet(removed).cards).toEqual(['s1', 'r3']);
    expect(activeSet(restorePin(removed, set.id, 'u2', 1)).cards).toEqual(['s1', 'u2', 'r3']);
    expect(activeSet(pin(state, 's1')).cards).toEqual(['s1', 'u2', 'r3']);
  });

  it('ta bort en uppsättning går att ångra; den sista töms i stället', () => {
    const two = addSet(saved(), 'Grupp', ['g1'], 'grupp');
    const without = removeSet(two, 'grupp');
    expect(without.sets).toHaveLength(1);
    expect(restoreSet(without, two.sets[1]!, 1)).toEqual(two);
    expect(removeSet(saved(), 'forsta').sets[0]!.cards).toEqual([]);
  });

  it('importerade uppsättningar läggs till, dubbletter hoppas över', () => {
    const here = saved();
    const file = addSet(initialSets(), 'Grupp', ['g1'], 'grupp');
    const result = mergeSets(here, [...file.sets, ...here.sets]);
    expect(result.added).toBe(2);
    expect(result.duplicates).toBe(1);
    expect(result.state.sets.map((set) => set.name)).toEqual(['Min uppsättning', 'Min uppsättning (2)', 'Grupp']);
    expect(result.state.sets[0]).toEqual(here.sets[0]);
  });
});
