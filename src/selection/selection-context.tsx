import {
  createContext,
  type Dispatch,
  type ReactNode,
  use,
  useEffect,
  useMemo,
  useReducer,
} from 'react';
import type { Story } from '../story/model.ts';
import { type Selection, type SelectionAction, selectionReducer } from './selection.ts';
import { readUrl, writeUrl } from './url.ts';

interface SelectionContextValue {
  story: Story;
  selection: Selection;
  dispatch: Dispatch<SelectionAction>;
  /** An id from the URL that this story does not have, shown as a quiet notice. */
  unknownId: string | null;
}

const SelectionContext = createContext<SelectionContextValue | null>(null);

/** The story and the selection, for every view below. */
export function useSelection(): SelectionContextValue {
  const value = use(SelectionContext);
  if (value === null) throw new Error('useSelection() must be used inside <SelectionProvider>');
  return value;
}

function exists(story: Story, s: Selection): boolean {
  if (!s) return true;
  const list = s.kind === 'event' ? story.events : s.kind === 'place' ? story.places : story.people;
  return list.some((x) => x.id === s.id);
}

/**
 * Owns the selection of one story and keeps the URL in step with `history.replaceState`, so a
 * link shows what its sender saw and the back button is not flooded.
 */
export function SelectionProvider({
  story,
  syncUrl = true,
  children,
}: {
  story: Story;
  syncUrl?: boolean;
  children: ReactNode;
}) {
  const initial = useMemo(
    () => (syncUrl && typeof location !== 'undefined' ? readUrl(location.search).selection : null),
    [syncUrl],
  );
  const [selection, dispatch] = useReducer(selectionReducer, initial, (s) =>
    exists(story, s) ? s : null,
  );
  const unknownId = initial && !exists(story, initial) ? initial.id : null;

  useEffect(() => {
    if (!syncUrl) return;
    const next = writeUrl(location.search, story.slug, selection);
    if (next !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
  }, [story.slug, selection, syncUrl]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) dispatch({ type: 'clear' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const value = useMemo(
    () => Object.freeze({ story, selection, dispatch, unknownId }),
    [story, selection, unknownId],
  );
  return <SelectionContext value={value}>{children}</SelectionContext>;
}
