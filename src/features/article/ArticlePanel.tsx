import { useEffect, useMemo, useRef } from 'react';
import { useSelection } from '../../selection/selection-context.tsx';
import { type Run, sliceText } from './slice-text.ts';
import { marksFor, storyLinks } from './story-links.ts';

function RunView({
  text,
  run,
  onSelect,
}: {
  text: string;
  run: Run;
  onSelect: (kind: 'place' | 'person' | 'event', id: string) => void;
}) {
  const pieces = run.pieces.map((p) => {
    const s = text.slice(p.start, p.end);
    return p.marked ? <mark key={p.start}>{s}</mark> : s;
  });
  const link = run.link;
  if (!link) return <>{pieces}</>;
  return (
    <button
      type="button"
      id={`mention-${run.start}`}
      className={`mention mention-${link.kind}`}
      aria-label={`${text.slice(run.start, run.end)} (${link.label})`}
      onClick={() => onSelect(link.kind, link.id)}
    >
      {pieces}
    </button>
  );
}

/** The article: headline once, then paragraphs whose mentions select what they name. */
export function ArticlePanel() {
  const { story, selection, dispatch } = useSelection();
  const links = useMemo(() => storyLinks(story), [story]);
  const marks = useMemo(() => marksFor(story, selection), [story, selection]);
  const ref = useRef<HTMLDivElement>(null);
  const onSelect = (kind: 'place' | 'person' | 'event', id: string) =>
    dispatch({ type: 'select', kind, id });

  useEffect(() => {
    if (!selection) return;
    const first = ref.current?.querySelector('mark');
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first?.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  }, [selection]);

  const quoteOf = (start: number) => story.quotes.find((q) => q.start <= start && start < q.end);
  return (
    <div className="article" ref={ref}>
      {story.published && (
        <p className="dateline">
          Published{' '}
          <time dateTime={story.published}>
            {new Date(`${story.published}T00:00:00Z`).toLocaleDateString('en-GB', {
              day: 'numeric',
              month: 'long',
              year: 'numeric',
              timeZone: 'UTC',
            })}
          </time>
        </p>
      )}
      {story.paragraphs.map((p) => {
        const runs = sliceText(p, links, marks).map((r) => (
          <RunView key={r.start} text={story.text} run={r} onSelect={onSelect} />
        ));
        const quote = quoteOf(p.start);
        const speaker = quote?.speaker
          ? story.people.find((x) => x.id === quote.speaker)?.name
          : undefined;
        if (quote && quote.start === p.start) {
          return (
            <blockquote key={p.start} className="quote">
              <p>{runs}</p>
              {speaker && <footer>— {speaker}</footer>}
            </blockquote>
          );
        }
        return <p key={p.start}>{runs}</p>;
      })}
    </div>
  );
}
