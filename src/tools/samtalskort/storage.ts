/**
 * Saving the sets of cards: a versioned format, checked with zod when read back from the
 * browser's localStorage or imported from a file, as the life wheel does. Nothing is sent
 * anywhere. A failure gives a Swedish message and leaves what the user had as it was.
 */
// First: no compiled validators, so zod never tries new Function() under the site's CSP.
import '../zodWithoutEval';
import * as z from 'zod';
import {maxCardsInSet, maxSetNameLength, maxSets, type SetsState} from './sets';

export const storageKey = 'samordningsteamens-samtalskort';
/** Where an unreadable saved value is kept, so that nothing is lost when the tool starts afresh. */
export const backupKey = `${storageKey}.oläsbar`;
export const formatName = 'samordningsteamens-samtalskort';
export const currentVersion = 1;
export const maxImportBytes = 256 * 1024;

const setSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'har ett ogiltigt id'),
  name: z.string().max(maxSetNameLength, `får vara högst ${maxSetNameLength} tecken`),
  cards: z
    .array(z.string().regex(/^[a-z0-9-]{1,20}$/, 'har ett ogiltigt kort-id'))
    .max(maxCardsInSet, `får ha högst ${maxCardsInSet} kort`)
    .refine((cards) => new Set(cards).size === cards.length, 'har samma kort två gånger'),
});

const setsStateSchema = z
  .strictObject({
    sets: z
      .array(setSchema)
      .min(1, 'ska ha minst en uppsättning')
      .max(maxSets, `får ha högst ${maxSets} uppsättningar`)
      .refine((sets) => new Set(sets.map((set) => set.id)).size === sets.length, 'har två uppsättningar med samma id'),
    active: z.string(),
  })
  .refine((state) => state.sets.some((set) => set.id === state.active), {message: 'pekar på en uppsättning som inte finns', path: ['active']});

const storedSchema = z.strictObject({
  format: z.literal(formatName),
  version: z.literal(currentVersion),
  savedAt: z.string(),
  state: setsStateSchema,
});

/** Upgrades a stored object from version n to n + 1. Add one here whenever the format changes. */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Readonly<Record<number, Migration>> = {};

export type ReadResult = {ok: true; state: SetsState} | {ok: false; message: string};

const fieldNames: Record<string, string> = {
  sets: 'uppsättningarna',
  cards: 'korten',
  name: 'namnet',
  active: 'den valda uppsättningen',
};

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = [...issue.path].reverse().find((part) => typeof part === 'string' && part in fieldNames);
  return `${field ? `${fieldNames[field as string]}: ` : ''}${issue.message}`;
}

/** Reads saved or exported sets (text), or says in Swedish what is wrong. Never throws. */
export function readStored(raw: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {ok: false, message: 'Innehållet går inte att läsa. Det är inte en fil från samtalskorten.'};
  }
  if (typeof data !== 'object' || data === null || (data as {format?: unknown}).format !== formatName) {
    return {ok: false, message: 'Det här är inte en fil från samtalskorten.'};
  }
  let stored = data as Record<string, unknown>;
  const version = stored.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {ok: false, message: 'Filen saknar versionsnummer och går inte att läsa.'};
  }
  if (version > currentVersion) {
    return {ok: false, message: 'Filen är sparad med en nyare version av samtalskorten. Ladda om sidan och försök igen.'};
  }
  for (let from = version; from < currentVersion; from++) {
    const migrate = migrations[from];
    if (!migrate) return {ok: false, message: `Filen har version ${from}, som inte längre går att läsa.`};
    stored = {...migrate(stored), version: from + 1};
  }
  const result = storedSchema.safeParse(stored);
  if (!result.success) return {ok: false, message: `Filen har fel innehåll – ${describe(result.error)}.`};
  return {ok: true, state: result.data.state};
}

export function writeStored(state: SetsState, now: Date = new Date()): string {
  return JSON.stringify({format: formatName, version: currentVersion, savedAt: now.toISOString(), state}, null, 2);
}

/** Checks an imported file before reading it. */
export function readImport(fileSize: number, raw: string): ReadResult {
  if (fileSize > maxImportBytes) {
    return {ok: false, message: 'Filen är större än 256 kB. En fil från samtalskorten är mycket mindre, så det är troligen fel fil.'};
  }
  return readStored(raw);
}

/** Where the tool keeps its data; localStorage in the browser, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type LoadResult = {state: SetsState | null; problem: string | null};

/**
 * Reads the saved sets. An unreadable value is moved to `backupKey` (not deleted), and the tool
 * starts afresh with a message, so that nothing the user had is lost.
 */
export function loadFrom(store: KeyValueStore): LoadResult {
  const raw = store.getItem(storageKey);
  if (raw === null) return {state: null, problem: null};
  const result = readStored(raw);
  if (result.ok) return {state: result.state, problem: null};
  store.setItem(backupKey, raw);
  store.removeItem(storageKey);
  return {
    state: null,
    problem: `Det som fanns sparat i webbläsaren gick inte att läsa (${result.message}) Det ligger kvar som en säkerhetskopia i webbläsaren, och samtalskorten börjar med en tom uppsättning.`,
  };
}
