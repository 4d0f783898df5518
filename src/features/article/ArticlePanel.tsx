import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useSelection } from '../../selection/selection-context.tsx';
import type { Paragraph, TextSpan } from '../../story/model.ts';
import { bucketBySpan, type Run, sliceText, type TextLink } from './slice-text.ts';
import { marksFor, storyLinks } from './story-links.ts';

type OnSelect = (kind: 'place' | 'person' | 'event', id: string) => void;
const NO_MARKS: TextSpan[] = [];

function RunView({ text, run, onSelect }: { text: string; run: Run; onSelect: OnSelect }) {
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

interface ParagraphProps {
  text: string;
  paragraph: Paragraph;
  links: TextLink[];
  marks: TextSpan[];
  /** Set when the paragraph opens a quotation: who speaks it ('' when the text does not say). */
  speaker: string | null;
  onSelect: OnSelect;
}

/** One paragraph; re-rendered only when its own marks change, so a selection stays fast. */
const ParagraphView = memo(function ParagraphView({
  text,
  paragraph,
  links,
  marks,
  speaker,
  onSelect,
}: ParagraphProps) {
  const runs = sliceText(paragraph, links, marks).map((r) => (
    <RunView key={r.start} text={text} run={r} onSelect={onSelect} />
  ));
  if (speaker === null) return <p>{runs}</p>;
  return (
    <blockquote className="quote">
      <p>{runs}</p>
      {speaker && <footer>— {speaker}</footer>}
    </blockquote>
  );
});

/**
 * Paragraphs are rendered in blocks: a selection re-renders only the blocks whose marks change,
 * and the browser skips laying out blocks far off screen (content-visibility), so a 10,000-
 * paragraph article answers a click as fast as a short one while all its text stays in the page
 * for find-in-page and screen readers.
 */
const BLOCK = 32;

interface BlockProps {
  text: string;
  paragraphs: Paragraph[];
  links: TextLink[][];
  /** Marks of each paragraph in the block; the shared empty list when the block has none. */
  marks: TextSpan[][];
  speakers: (string | null)[];
  onSelect: OnSelect;
}

const NO_BLOCK_MARKS: TextSpan[][] = [];

const ParagraphBlock = memo(function ParagraphBlock({
  text,
  paragraphs,
  links,
  marks,
  speakers,
  onSelect,
}: BlockProps) {
  const chars = paragraphs.reduce((n, p) => n + p.end - p.start, 0);
  // Until a block is first laid out, its height is guessed from its length (about 70
  // characters a line) so the scrollbar and jumps to far marks land near the right place.
  const guess = `auto ${Math.ceil(chars / 70 + paragraphs.length * 0.6) * 1.5}em`;
  return (
    <div className="article-block" style={{ containIntrinsicSize: guess }}>
      {paragraphs.map((p, i) => (
        <ParagraphView
          key={p.start}
          text={text}
          paragraph={p}
          links={links[i] ?? []}
          marks={marks[i]?.length ? (marks[i] as TextSpan[]) : NO_MARKS}
          speaker={speakers[i] ?? null}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
});

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The article: headline once, then paragraphs whose mentions select what they name. */
export function ArticlePanel() {
  const { story, selection, dispatch } = useSelection();
  const blocks = useMemo(() => {
    const links = bucketBySpan(story.paragraphs, storyLinks(story));
    const names = new Map(story.people.map((p) => [p.id, p.name]));
    // A paragraph that is mostly one quotation is set as a quote, with its speaker.
    const quotes = bucketBySpan(story.paragraphs, story.quotes);
    const speakers = story.paragraphs.map((p, i) => {
      const q = quotes[i]?.find(
        (x) => Math.min(x.end, p.end) - Math.max(x.start, p.start) >= 0.5 * (p.end - p.start),
      );
      if (!q) return null;
      // ("the ministry" as the text names it stands alone in the footer: "— The ministry".)
      const source = q.source ? q.source.charAt(0).toUpperCase() + q.source.slice(1) : '';
      return q.speaker ? (names.get(q.speaker) ?? source) : source;
    });
    const out = [];
    for (let at = 0; at < story.paragraphs.length; at += BLOCK)
      out.push({
        at,
        paragraphs: story.paragraphs.slice(at, at + BLOCK),
        links: links.slice(at, at + BLOCK),
        speakers: speakers.slice(at, at + BLOCK),
      });
    return out;
  }, [story]);
  // Only the blocks a selection marks get marks: the rest keep the same empty list and skip.
  const marks = useMemo(() => {
    const spans = marksFor(story, selection);
    const byBlock = new Map<number, TextSpan[][]>();
    if (!spans.length) return byBlock;
    const perParagraph = bucketBySpan(story.paragraphs, spans);
    perParagraph.forEach((m, i) => {
      if (!m.length) return;
      const at = i - (i % BLOCK);
      const block = byBlock.get(at) ?? Array.from({ length: BLOCK }, () => NO_MARKS);
      block[i - at] = m;
      byBlock.set(at, block);
    });
    return byBlock;
  }, [story, selection]);
  const ref = useRef<HTMLDivElement>(null);
  const onSelect = useCallback<OnSelect>(
    (kind, id) => dispatch({ type: 'select', kind, id }),
    [dispatch],
  );

  useEffect(() => {
    if (!selection) return;
    const first = ref.current?.querySelector('mark');
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first?.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  }, [selection]);

  return (
    <div className="article" ref={ref}>
      {story.published && (
        <p className="dateline">
          Published{' '}
          <time dateTime={story.published}>
            {DATE.format(new Date(`${story.published}T00:00:00Z`))}
          </time>
        </p>
      )}
      {blocks.map((b) => (
        <ParagraphBlock
          key={b.at}
          text={story.text}
          paragraphs={b.paragraphs}
          links={b.links}
          marks={marks.get(b.at) ?? NO_BLOCK_MARKS}
          speakers={b.speakers}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}
