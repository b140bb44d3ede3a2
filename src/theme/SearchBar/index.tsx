/**
 * Site search in the navbar, with Pagefind (plugins/pagefind-search writes the index at build).
 *
 * Below 1700 px the navbar has no room for a field: a search button (44 × 44 px) opens the field,
 * over the whole bar on phones and over the menu items on desktops. Escape or the close button
 * closes it and gives focus back to the search button. From 1700 px the field is always there.
 *
 * Nothing of Pagefind loads with the page: /pagefind/pagefind.js is imported the first time the
 * search is opened, and the index chunks it needs load when the reader types. Results are a
 * combobox list (ARIA 1.2, an <input type="text"> as the APG pattern has it): arrow keys move,
 * Enter opens, Escape closes. Ten hits are shown at a time; "Visa fler träffar" shows ten more.
 * The number of hits is read out by a live region. A definite or plural form that Pagefind's
 * stemmer does not reduce ("våldet") is searched again without its ending (src/utils/searchInflections).
 * Pagefind matches å/ä/ö also when typed as a/o (and ranks exact spellings first); its
 * exactDiacritics option would lose inflected forms, so it is left off.
 */
import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {hitCountMessage, hitsPerPage, mergeUnique, needsShorterQuery, shorterQuery} from '@site/src/utils/searchInflections';
import styles from './styles.module.css';

/** The few parts of the Pagefind browser API used here (pagefind.js has no published types). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: {title?: string};
  sub_results?: {title: string; url: string; excerpt: string; locations?: number[]}[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{results: PagefindResult[]}>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{results: PagefindResult[]} | null>;
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

/** Below 1700 px the field is behind the search button (styles.module.css uses the same width). */
const collapsedMedia = '(max-width: 1699.98px)';

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

function MagnifierIcon({className}: {className?: string}): ReactNode {
  return (
    <svg className={className} viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.25" />
      <path d="M15.5 15.5 21 21" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

function CloseIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M5 5l14 14M19 5 5 19" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
    </svg>
  );
}

export default function SearchBar(): ReactNode {
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  const scriptUrl = useBaseUrl('/pagefind/pagefind.js');
  const id = useId();
  const listId = `${id}-results`;
  const fieldId = `${id}-field`;
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  /** Every result of the query (and of its shorter form), best first; only `hits` have been loaded. */
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [hits, setHits] = useState<Hit[]>([]);
  const [alsoSearched, setAlsoSearched] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>('idle');
  /** The field is shown (below 1700 px it is hidden behind the search button until then). */
  const [fieldOpen, setFieldOpen] = useState(false);
  /** The list of hits is shown. */
  const [listOpen, setListOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [loadingMore, setLoadingMore] = useState(false);
  /** Counts queries, so that "Visa fler träffar" for an old query is thrown away. */
  const generation = useRef(0);

  const warmUp = useCallback(() => {
    if (process.env.NODE_ENV === 'development') return;
    loadPagefind(scriptUrl, baseUrl).catch(() => undefined);
  }, [scriptUrl, baseUrl]);

  useEffect(() => {
    const term = query.trim();
    generation.current += 1;
    if (term === '') {
      setResults([]);
      setHits([]);
      setAlsoSearched(undefined);
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
      let found = search.results;
      let also: string | undefined;
      if (needsShorterQuery(term, found.length)) {
        also = shorterQuery(term)!;
        const shorter = await pagefind.search(also);
        if (cancelled) return;
        const merged = mergeUnique([found, shorter.results], (result) => result.id);
        if (merged.length === found.length) also = undefined;
        found = merged;
      }
      const data = await Promise.all(found.slice(0, hitsPerPage).map((result) => result.data()));
      if (cancelled) return;
      setResults(found);
      setHits(data.map(hitOf));
      setAlsoSearched(also);
      setActive(-1);
      setStatus('done');
    })().catch(() => {
      if (!cancelled) setStatus('error');
    });
    return () => {
      cancelled = true;
    };
  }, [query, scriptUrl, baseUrl]);

  // Close the list, and the field where it is behind the button, when focus or a click goes elsewhere.
  useEffect(() => {
    if (!listOpen && !fieldOpen) return undefined;
    function closeOutside(event: Event): void {
      if (rootRef.current?.contains(event.target as Node)) return;
      setListOpen(false);
      setFieldOpen(false);
    }
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
    };
  }, [listOpen, fieldOpen]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-hit-${active}`)?.scrollIntoView({block: 'nearest'});
  }, [active, id]);

  function openField(): void {
    warmUp();
    flushSync(() => {
      setFieldOpen(true);
      setListOpen(true);
    });
    inputRef.current?.focus();
  }

  /** Closes the list and the field, and gives focus back to the search button (or the field, where there is no button). */
  function closeSearch(): void {
    flushSync(() => {
      setListOpen(false);
      setFieldOpen(false);
      setActive(-1);
    });
    if (window.matchMedia(collapsedMedia).matches) buttonRef.current?.focus();
    else inputRef.current?.focus();
  }

  function go(hit: Hit): void {
    setListOpen(false);
    setFieldOpen(false);
    setQuery('');
    inputRef.current?.blur();
    history.push(hit.url);
  }

  async function showMore(byKeyboard: boolean): Promise<void> {
    if (loadingMore) return;
    const started = generation.current;
    const first = hits.length;
    setLoadingMore(true);
    try {
      const data = await Promise.all(results.slice(first, first + hitsPerPage).map((result) => result.data()));
      if (generation.current !== started) return;
      const last = first + data.length >= results.length;
      flushSync(() => setHits((shown) => [...shown, ...data.map(hitOf)]));
      if (byKeyboard) {
        // The arrow keys go on from the first new hit, which a screen reader reads out.
        inputRef.current?.focus();
        setActive(first);
      } else if (last) {
        // The button is gone: keep focus in the results (no on-screen keyboard pops up on a phone).
        panelRef.current?.focus({preventScroll: true});
      }
    } catch {
      setStatus('error');
    } finally {
      setLoadingMore(false);
    }
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setListOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the field itself; the list wraps round through it.
      setActive((current) => {
        const next = current + step;
        if (next >= hits.length) return -1;
        if (next < -1) return hits.length - 1;
        return next;
      });
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? (listOpen ? hits[0] : undefined);
      if (hit) {
        event.preventDefault();
        go(hit);
      }
    }
  }

  /** Escape anywhere in the search: below 1700 px it closes the search; wider, it first closes the list and then empties the field. */
  function onRootKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'Escape' || (!fieldOpen && !listOpen && query === '')) return;
    event.preventDefault();
    if (window.matchMedia(collapsedMedia).matches) {
      closeSearch();
    } else if (listOpen && query !== '') {
      closeSearch();
    } else {
      setQuery('');
      setActive(-1);
    }
  }

  const showList = listOpen && query.trim() !== '';
  const activeId = active >= 0 && active < hits.length ? `${id}-hit-${active}` : undefined;
  let message = '';
  if (status === 'loading') message = 'Söker …';
  else if (status === 'error') message = 'Sökningen kunde inte laddas. Försök igen.';
  else if (status === 'unavailable') message = 'Sökningen fungerar bara i den byggda webbplatsen (npm run build och npm run serve).';
  else if (status === 'done') message = hitCountMessage(query, results.length, hits.length, alsoSearched);
  const more = status === 'done' && hits.length < results.length;

  return (
    <div className={styles.search} ref={rootRef} role="search" onKeyDown={onRootKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className={`clean-btn ${styles.toggle}`}
        aria-label="Sök på webbplatsen"
        aria-expanded={fieldOpen}
        aria-controls={fieldId}
        hidden={fieldOpen}
        onClick={openField}>
        <MagnifierIcon />
      </button>
      <div id={fieldId} className={styles.field} data-open={fieldOpen}>
        <label htmlFor={`${id}-input`} className="sr-only">
          Sök på webbplatsen
        </label>
        <MagnifierIcon className={styles.fieldIcon} />
        <input
          ref={inputRef}
          id={`${id}-input`}
          className={styles.input}
          type="text"
          enterKeyHint="search"
          placeholder="Sök på webbplatsen"
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
            setListOpen(true);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setListOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className={`clean-btn ${styles.close}`} aria-label="Stäng sökningen" onClick={closeSearch}>
          <CloseIcon />
        </button>
      </div>
      {/* A live region without role="status": the pages' own filters use role="status" for their counts. */}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {showList ? message : ''}
      </p>
      {/* The list can be taller than the screen: the panel is a tab stop so that it can be scrolled with the keyboard. */}
      <div className={styles.panel} ref={panelRef} hidden={!showList} role="region" aria-label="Sökträffar" tabIndex={0}>
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
        {more && (
          <button
            type="button"
            className={`button button--secondary ${styles.more}`}
            aria-busy={loadingMore}
            // A click from the keyboard (Enter, Space) has no pointer position: detail is 0.
            onClick={(event) => void showMore(event.detail === 0)}>
            Visa fler träffar
          </button>
        )}
      </div>
    </div>
  );
}
