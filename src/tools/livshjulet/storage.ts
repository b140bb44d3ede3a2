/**
 * Saving the life wheel: a versioned format, checked with zod when it is read back from the
 * browser's localStorage or imported from a file. Nothing is ever sent anywhere. Every failure
 * gives a Swedish message and leaves the user's existing data as it was.
 */
// First: no compiled validators, so zod never tries new Function() under the site's CSP.
import '../zodWithoutEval';
import * as z from 'zod';
// zod's own messages in Swedish (z.config in src/data/zod.ts); not schemas.ts, whose team check reads files in Node.
import '@site/src/data/zod';
import {maxAreas, maxNameLength, maxRounds, maxTextLength, minAreas, type WheelState} from './model';

export const storageKey = 'samordningsteamens-livshjul';
/** Where an unreadable saved value is kept, so that nothing is lost when the tool starts afresh. */
export const backupKey = `${storageKey}.oläsbar`;
export const formatName = 'samordningsteamens-livshjul';
export const currentVersion = 1;
/** The largest file Öppna fil reads: 1 MB. A wheel with every field full is far smaller. */
export const maxImportBytes = 1024 * 1024;

const value = z.number().int('ska vara ett heltal').min(0, 'ska vara 0–10').max(10, 'ska vara 0–10').nullable();
const text = z.string().max(maxTextLength, `får vara högst ${maxTextLength} tecken`);
const areaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'har ett ogiltigt id'),
  name: z.string().trim().min(1, 'saknar namn').max(maxNameLength, `får vara högst ${maxNameLength} tecken`),
});
const ratingSchema = z.strictObject({now: value, wish: value, note: text, nextStep: text});
const areasSchema = z
  .array(areaSchema)
  .min(minAreas, `ska ha minst ${minAreas} livsområden`)
  .max(maxAreas, `får ha högst ${maxAreas} livsområden`)
  .refine((areas) => new Set(areas.map((area) => area.id)).size === areas.length, 'har två livsområden med samma id');

const wheelStateSchema = z.strictObject({
  areas: areasSchema,
  ratings: z.record(z.string(), ratingSchema),
  rounds: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        label: z.string().trim().min(1, 'saknar namn').max(maxNameLength),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum ÅÅÅÅ-MM-DD'),
        areas: areasSchema,
        ratings: z.record(z.string(), ratingSchema),
      }),
    )
    .max(maxRounds, `får ha högst ${maxRounds} sparade omgångar`),
});

const storedSchema = z.strictObject({
  format: z.literal(formatName),
  version: z.literal(currentVersion),
  savedAt: z.string(),
  state: wheelStateSchema,
});

/** Upgrades a stored object from version n to n + 1. Add one here whenever the format changes. */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Readonly<Record<number, Migration>> = {};

export type ReadResult = {ok: true; state: WheelState} | {ok: false; message: string};

const fieldNames: Record<string, string> = {
  areas: 'livsområdena',
  ratings: 'skattningarna',
  rounds: 'de sparade omgångarna',
  now: '"hur det är nu"',
  wish: '"dit jag vill"',
  note: 'anteckningen',
  nextStep: '"nästa steg"',
  name: 'namnet',
  date: 'datumet',
  label: 'namnet på omgången',
};

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = [...issue.path].reverse().find((part) => typeof part === 'string' && part in fieldNames);
  return `${field ? `${fieldNames[field as string]}: ` : ''}${issue.message}`;
}

/** Reads a saved or exported wheel (text) into a state, or says in Swedish what is wrong. */
export function readStored(raw: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {ok: false, message: 'Innehållet går inte att läsa. Det är inte en fil från livshjulet.'};
  }
  if (typeof data !== 'object' || data === null || (data as {format?: unknown}).format !== formatName) {
    return {ok: false, message: 'Det här är inte en fil från livshjulet.'};
  }
  let stored = data as Record<string, unknown>;
  const version = stored.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {ok: false, message: 'Filen saknar versionsnummer och går inte att läsa.'};
  }
  if (version > currentVersion) {
    return {ok: false, message: 'Filen är sparad med en nyare version av livshjulet. Ladda om sidan och försök igen.'};
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

/** The text to save or export. */
export function writeStored(state: WheelState, now: Date = new Date()): string {
  return JSON.stringify({format: formatName, version: currentVersion, savedAt: now.toISOString(), state}, null, 2);
}

/** Checks an imported file before reading it. */
export function readImport(fileSize: number, raw: string): ReadResult {
  if (fileSize > maxImportBytes) {
    return {
      ok: false,
      message: `Filen är större än ${maxImportBytes / (1024 * 1024)} MB. En fil från livshjulet är mycket mindre, så det är troligen fel fil.`,
    };
  }
  return readStored(raw);
}

/** Reads a file the user opened; one larger than `maxImportBytes` is never read into memory. */
export async function readImportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ReadResult> {
  return readImport(file.size, file.size > maxImportBytes ? '' : await file.text());
}

/** Where the tool keeps its data; localStorage in the browser, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type LoadResult = {state: WheelState | null; problem: string | null};

/**
 * Reads the saved wheel. An unreadable value is moved to `backupKey` (not deleted), and the
 * tool starts afresh with a message, so that nothing the user had is lost.
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
    problem: `Det som fanns sparat i webbläsaren gick inte att läsa (${result.message}) Det ligger kvar som en säkerhetskopia i webbläsaren, och livshjulet börjar om från början.`,
  };
}
