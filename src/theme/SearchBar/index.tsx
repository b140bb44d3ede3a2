/**
 * Site search in the navbar, with Pagefind (plugins/pagefind-search writes the index at build).
 *
 * Nothing of Pagefind loads with the page: /pagefind/pagefind.js is imported the first time the
 * field gets focus, and the index chunks it needs load when the reader types. Results are a
 * combobox list (ARIA 1.2): arrow keys move, Enter opens, Escape closes and then clears; the
 * number of hits is read out by a live region. All text is Swedish. Pagefind matches å/ä/ö
 * also when typed as a/o (and ranks exact spellings first); its exactDiacritics option would
 * lose inflected forms, so it is left off.
 */
import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

/** The few parts of the Pagefind browser API used here (pagefind.js has no published types). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: {title?: string};
  sub_results?: {title: string; url: string; excerpt: string; locations?: number[]}[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{results: {id: string; data(): Promise<PagefindResultData>}[]} | null>;
}

interface Hit {
  url: string;
  title: string;
  /** The heading of the part of the page where the words are found most, when it is not the top of the page. */
  section?: string;
  excerpt: string;
}

/** The page, or the section of it where the search words occur most often (Pagefind's sub-results). */
function hitOf(page: PagefindResultData): Hit {
  const title = page.meta.title ?? page.url;
  const best = [...(page.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  if (!best || !best.url.includes('#') || best.title === title) return {url: page.url, title, excerpt: page.excerpt};
  return {url: best.url, title, section: best.title, excerpt: best.excerpt};
}

type Status = 'idle' | 'loading' | 'done' | 'error' | 'unavailable';

/** How many hits are shown; each shown hit loads one small fragment file. */
const maxHits = 10;

let pagefindPromise: Promise<PagefindApi> | undefined;

function loadPagefind(scriptUrl: string, baseUrl: string): Promise<PagefindApi> {
  pagefindPromise ??= (import(/* webpackIgnore: true */ scriptUrl) as Promise<PagefindApi>).then(async (pagefind) => {
    await pagefind.options({baseUrl, excerptLength: 24});
    await pagefind.init();
    return pagefind;
  });
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

/** Pagefind's excerpt is text with HTML entities escaped and the matches in <mark>. */
function Excerpt({html}: {html: string}): ReactNode {
  return <span className={styles.excerpt} dangerouslySetInnerHTML={{__html: html}} />;
}

export default function SearchBar(): ReactNode {
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  const scriptUrl = useBaseUrl('/pagefind/pagefind.js');
  const id = useId();
  const listId = `${id}-results`;
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [total, setTotal] = useState(0);
  const [status, setStatus] = useState<Status>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const warmUp = useCallback(() => {
    if (process.env.NODE_ENV === 'development') return;
    loadPagefind(scriptUrl, baseUrl).catch(() => undefined);
  }, [scriptUrl, baseUrl]);

  useEffect(() => {
    const term = query.trim();
    if (term === '') {
      setHits([]);
      setTotal(0);
      setStatus('idle');
      return undefined;
    }
    if (process.env.NODE_ENV === 'development') {
      setStatus('unavailable');
      return undefined;
    }
    let cancelled = false;
    setStatus('loading');
    (async () => {
      const pagefind = await loadPagefind(scriptUrl, baseUrl);
      const search = await pagefind.debouncedSearch(term, {}, 150);
      if (search === null || cancelled) return; // a newer query replaced this one
      const data = await Promise.all(search.results.slice(0, maxHits).map((result) => result.data()));
      if (cancelled) return;
      setHits(data.map(hitOf));
      setTotal(search.results.length);
      setActive(-1);
      setStatus('done');
    })().catch(() => {
      if (!cancelled) setStatus('error');
    });
    return () => {
      cancelled = true;
    };
  }, [query, scriptUrl, baseUrl]);

  // Close the list when focus or a click goes elsewhere.
  useEffect(() => {
    if (!open) return undefined;
    function closeOutside(event: Event): void {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
    };
  }, [open]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-hit-${active}`)?.scrollIntoView({block: 'nearest'});
  }, [active, id]);

  function go(hit: Hit): void {
    setOpen(false);
    setQuery('');
    inputRef.current?.blur();
    history.push(hit.url);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the field itself; the list wraps round through it.
      setActive((current) => {
        const next = current + step;
        if (next >= hits.length) return -1;
        if (next < -1) return hits.length - 1;
        return next;
      });
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? (open ? hits[0] : undefined);
      if (hit) {
        event.preventDefault();
        go(hit);
      }
    } else if (event.key === 'Escape') {
      // First Escape closes the list and keeps the words; the next one empties the field.
      if (open && query !== '') {
        event.preventDefault();
        setOpen(false);
      } else {
        setQuery('');
      }
      setActive(-1);
    }
  }

  const showList = open && query.trim() !== '';
  const activeId = active >= 0 && active < hits.length ? `${id}-hit-${active}` : undefined;
  let message = '';
  if (status === 'loading') message = 'Söker …';
  else if (status === 'error') message = 'Sökningen kunde inte laddas. Försök igen.';
  else if (status === 'unavailable') message = 'Sökningen fungerar bara i den byggda webbplatsen (npm run build och npm run serve).';
  else if (status === 'done' && total === 0) message = `Inga träffar för ”${query.trim()}”.`;
  else if (status === 'done') message = total > hits.length ? `${total} träffar, de ${hits.length} bästa visas.` : `${total} ${total === 1 ? 'träff' : 'träffar'}.`;

  return (
    <div className={styles.search} ref={rootRef} role="search">
      <label htmlFor={`${id}-input`} className="sr-only">
        Sök på webbplatsen
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={`navbar__search-input ${styles.input}`}
        type="search"
        placeholder="Sök"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={showList ? activeId : undefined}
        value={query}
        onFocus={() => {
          warmUp();
          setOpen(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {/* A live region without role="status": the pages' own filters use role="status" for their counts. */}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {showList ? message : ''}
      </p>
      {/* The list can be taller than the screen: the panel is a tab stop so that it can be scrolled with the keyboard. */}
      <div className={styles.panel} hidden={!showList} role="region" aria-label="Sökträffar" tabIndex={0}>
        {message && (
          <p className={styles.message} aria-hidden="true">
            {message}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label="Sökträffar" className={styles.list}>
          {hits.map((hit, index) => (
            <li
              key={hit.url}
              id={`${id}-hit-${index}`}
              role="option"
              aria-selected={index === active}
              data-url={hit.url}
              className={styles.hit}
              onPointerDown={(event) => event.preventDefault()}
              onClick={() => go(hit)}>
              <span className={styles.title}>
                {hit.title}
                {hit.section && <span className={styles.section}> › {hit.section}</span>}
              </span>
              <Excerpt html={hit.excerpt} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
