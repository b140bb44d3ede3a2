import {addArea, initialState, maxAreas, removeArea, saveRound, setText, setValue} from '@site/src/tools/livshjulet/model';
import {
  backupKey,
  currentVersion,
  formatName,
  loadFrom,
  maxImportBytes,
  migrations,
  readImport,
  readImportFile,
  readStored,
  storageKey,
  writeStored,
  type KeyValueStore,
} from '@site/src/tools/livshjulet/storage';

function filledState() {
  let state = initialState();
  state = setValue(state, 'arbete', 'now', 4);
  state = setValue(state, 'arbete', 'wish', 7);
  state = setText(state, 'arbete', 'nextStep', 'Ringa om ett studiebesök.');
  return saveRound(state, 'Inskrivning', '2026-11-23');
}

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & {data: Map<string, string>} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('spara och läsa livshjulet', () => {
  it('läser tillbaka exakt det som sparades', () => {
    const state = filledState();
    expect(readStored(writeStored(state))).toEqual({ok: true, state});
  });

  it('märker filen med format och version', () => {
    const stored = JSON.parse(writeStored(initialState(), new Date('2026-11-23T10:00:00Z')));
    expect(stored).toMatchObject({format: formatName, version: currentVersion, savedAt: '2026-11-23T10:00:00.000Z'});
  });
});

describe('felaktiga filer ger ett svenskt meddelande', () => {
  const valid = () => JSON.parse(writeStored(filledState()));

  it.each([
    ['inte JSON', 'hej { inte json', 'Innehållet går inte att läsa. Det är inte en fil från livshjulet.'],
    ['fel slags fil', JSON.stringify({name: 'något annat'}), 'Det här är inte en fil från livshjulet.'],
    ['JSON som inte är ett objekt', '[1,2,3]', 'Det här är inte en fil från livshjulet.'],
  ])('%s', (_name, raw, message) => {
    expect(readStored(raw)).toEqual({ok: false, message});
  });

  it('ett värde utanför 0–10', () => {
    const data = valid();
    data.state.ratings.arbete.now = 12;
    expect(readStored(JSON.stringify(data))).toEqual({ok: false, message: 'Filen har fel innehåll – "hur det är nu": ska vara 0–10.'});
  });

  it('för många livsområden', () => {
    const data = valid();
    data.state.areas = Array.from({length: maxAreas + 1}, (_, index) => ({id: `omrade-${index}`, name: `Område ${index}`}));
    expect(readStored(JSON.stringify(data))).toEqual({ok: false, message: `Filen har fel innehåll – livsområdena: får ha högst ${maxAreas} livsområden.`});
  });

  it('fel fält', () => {
    const data = valid();
    data.state.areas[0].färg = 'röd';
    expect(readStored(JSON.stringify(data)).ok).toBe(false);
  });

  it('en nyare version', () => {
    const data = {...valid(), version: currentVersion + 1};
    expect(readStored(JSON.stringify(data))).toEqual({ok: false, message: 'Filen är sparad med en nyare version av livshjulet. Ladda om sidan och försök igen.'});
  });

  it('en fil över 1 MB läses inte alls', () => {
    expect(readImport(maxImportBytes + 1, writeStored(initialState()))).toEqual({
      ok: false,
      message: 'Filen är större än 1 MB. En fil från livshjulet är mycket mindre, så det är troligen fel fil.',
    });
    expect(readImport(1000, writeStored(initialState())).ok).toBe(true);
  });

  it('en öppnad fil över gränsen läses aldrig in i minnet, en fil på gränsen läses', async () => {
    const tooLarge = {size: maxImportBytes + 1, text: vi.fn(async () => writeStored(initialState()))};
    expect(await readImportFile(tooLarge)).toEqual({ok: false, message: expect.stringContaining('större än 1 MB')});
    expect(tooLarge.text).not.toHaveBeenCalled();
    const atLimit = {size: maxImportBytes, text: vi.fn(async () => writeStored(initialState()))};
    expect((await readImportFile(atLimit)).ok).toBe(true);
    expect(atLimit.text).toHaveBeenCalledOnce();
  });
});

describe('versioner och migrering', () => {
  it('säger till om en gammal version saknar migrering', () => {
    expect(readStored(JSON.stringify({format: formatName, version: 0}))).toEqual({ok: false, message: 'Filen har version 0, som inte längre går att läsa.'});
  });

  it('uppgraderar en äldre version steg för steg med migreringarna', () => {
    // A made-up version 0 that stored only names and "now" values, to prove the migration path.
    const legacy = {format: formatName, version: 0, savedAt: 'x', names: ['Arbete', 'Hälsa', 'Boende'], now: [3, 5, 8]};
    const registry = migrations as Record<number, (stored: Record<string, unknown>) => Record<string, unknown>>;
    registry[0] = (stored) => {
      const names = stored.names as string[];
      const now = stored.now as number[];
      const areas = names.map((name, index) => ({id: `omrade-${index + 1}`, name}));
      const ratings = Object.fromEntries(areas.map((area, index) => [area.id, {now: now[index] ?? null, wish: null, note: '', nextStep: ''}]));
      return {format: formatName, savedAt: stored.savedAt, state: {areas, ratings, rounds: []}};
    };
    try {
      const result = readStored(JSON.stringify(legacy));
      expect(result.ok && result.state.ratings['omrade-3']?.now).toBe(8);
    } finally {
      delete registry[0];
    }
  });
});

describe('webbläsarens lagring', () => {
  it('börjar tomt när inget finns sparat', () => {
    expect(loadFrom(memoryStore())).toEqual({state: null, problem: null});
  });

  it('läser det som finns sparat', () => {
    const state = filledState();
    expect(loadFrom(memoryStore({[storageKey]: writeStored(state)}))).toEqual({state, problem: null});
  });

  it('ett trasigt värde flyttas till en säkerhetskopia i stället för att raderas', () => {
    const store = memoryStore({[storageKey]: '{"format":"samordningsteamens-livshj'});
    const result = loadFrom(store);
    expect(result.state).toBeNull();
    expect(result.problem).toMatch(/^Det som fanns sparat i webbläsaren gick inte att läsa/);
    expect(store.data.get(backupKey)).toBe('{"format":"samordningsteamens-livshj');
    expect(store.data.has(storageKey)).toBe(false);
  });
});

describe('ändringar i livshjulet', () => {
  it('håller värden inom 0–10 och som heltal', () => {
    let state = initialState();
    state = setValue(state, 'halsa', 'now', 14);
    state = setValue(state, 'ekonomi', 'now', -3);
    state = setValue(state, 'boende', 'now', 6.6);
    state = setValue(state, 'fritid', 'now', Number.NaN);
    expect([state.ratings.halsa?.now, state.ratings.ekonomi?.now, state.ratings.boende?.now, state.ratings.fritid?.now]).toEqual([10, 0, 7, null]);
  });

  it('ger varje sparad omgång ett eget id och jämför två omgångar', async () => {
    const {compareRounds} = await import('@site/src/tools/livshjulet/model');
    let state = setValue(initialState(), 'arbete', 'now', 3);
    state = saveRound(state, 'Inskrivning', '2026-11-23');
    state = setValue(state, 'arbete', 'now', 6);
    state = saveRound(state, 'Uppföljning 3 mån', '2027-02-23');
    expect(new Set(state.rounds.map((round) => round.id)).size).toBe(2);
    expect(compareRounds(state.rounds[0]!, state.rounds[1]!)[0]).toEqual({areaId: 'arbete', name: 'Arbete och sysselsättning', before: 3, after: 6, change: 3});
  });

  it('har mellan tre och tolv livsområden', () => {
    let state = initialState();
    for (let i = 0; i < 10; i++) state = addArea(state, `Extra ${i}`);
    expect(state.areas).toHaveLength(maxAreas);
    for (const area of [...state.areas]) state = removeArea(state, area.id);
    expect(state.areas).toHaveLength(3);
  });
});
