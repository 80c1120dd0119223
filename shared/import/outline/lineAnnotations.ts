/**
 * What published OKR documents write around a key result's statement: an owner ("(DRI: Ada)",
 * "— Owner: Grace", "@alan"), a status marker (🟢 🟡 🔴, ✅, "[x]"), a strike-through, and where
 * it stands ("currently 2.8%", "at 520 ms", "3 of 5", "progress 50%"). Each is taken out of the
 * title and returned as text for the parser to read; anything not recognised stays in the title.
 */
export type OutlineStatus = 'onTrack' | 'atRisk' | 'offTrack' | 'done' | 'missed';

export interface LineAnnotations {
  /** The statement without the annotations. */
  text: string;
  owner: string | null;
  status: OutlineStatus | null;
  /** The whole line was struck through (~~…~~): dropped or done, the document does not say which. */
  struck: boolean;
  /** "currently 2.8%", "at 520 ms", "at 12 of 40": the value now, and the total it counts towards. */
  current: { value: string; outOf: string | null; unit: string } | null;
  /** "progress 50%", "[45%]", "score 0.7": how far along, not a value of the metric. */
  progress: string | null;
}

export const NUMBER = String.raw`[$€£¥]?\s?\d+(?:[.,'\u00a0\u202f]\d+)*(?:\s?(?:%|k|K|M|bn|Mio\.?|Mrd\.?|Tsd\.?)(?![A-Za-z]))?(?:\s?[$€£¥])?`;

const STATUS_MARKS: [RegExp, OutlineStatus][] = [
  [/\u{1F7E2}|\u{1F7E9}|\u{1F49A}/u, 'onTrack'],
  [/\u{1F7E1}|\u{1F7E0}|\u{1F7E8}|\u{1F7E7}|\u26A0\uFE0F?/u, 'atRisk'],
  [/\u{1F534}|\u{1F7E5}|\u2757/u, 'offTrack'],
  [/\u2705|\u2714\uFE0F?|\u2611\uFE0F?|\u2612/u, 'done'],
  [/\u274C|\u2716\uFE0F?/u, 'missed'],
];
const ANY_MARK = /\u{1F7E2}|\u{1F7E9}|\u{1F49A}|\u{1F7E1}|\u{1F7E0}|\u{1F7E8}|\u{1F7E7}|\u26A0\uFE0F?|\u{1F534}|\u{1F7E5}|\u2757|\u2705|\u2714\uFE0F?|\u2611\uFE0F?|\u2612|\u274C|\u2716\uFE0F?|\u2610|\u26AA|\u26AB/gu;
const HAS_MARK = new RegExp(ANY_MARK.source, 'u');
const STATUS_WORDS: Record<string, OutlineStatus> = {
  'on track': 'onTrack', 'on-track': 'onTrack', green: 'onTrack',
  'at risk': 'atRisk', 'at-risk': 'atRisk', amber: 'atRisk', yellow: 'atRisk', behind: 'atRisk',
  'off track': 'offTrack', 'off-track': 'offTrack', red: 'offTrack',
  done: 'done', completed: 'done', complete: 'done', achieved: 'done', shipped: 'done', delivered: 'done',
  missed: 'missed', 'not achieved': 'missed',
};

const OWNER = /^(?:owners?|dri|lead|responsible|accountable|assignee|owned by)\s*[:=]\s*(.+)$|^owned by\s+(.+)$|^@([\w.-]+)$/i;
const CURRENT = new RegExp(String.raw`^(?:currently|current|now|today|actual|latest|at|as of now)\s*[:=]?\s*(${NUMBER})(?:\s*(?:of|\/|out of)\s*(${NUMBER}))?(?:\s*([A-Za-z][\w-]*))?$`, 'i');
const COUNT = new RegExp(String.raw`^(${NUMBER})\s*(?:of|\/|out of)\s*(${NUMBER})(?:\s+[A-Za-z][\w-]*)?(?:\s+(?:done|so far|complete|completed))?$`, 'i');
const PROGRESS = new RegExp(String.raw`^(?:progress|completion|score|grade|done)\s*[:=]?\s*(${NUMBER})$|^(${NUMBER})\s*(?:done|complete|progress)$`, 'i');
const BARE_PERCENT = /^(\d+(?:[.,]\d+)?\s?%)$/;

/** Splits the tail off a statement at em dashes, pipes, tabs, emoji, brackets and ", currently…"; a dash after a number is a range, not a separator. */
function segments(text: string): string[] {
  const marked = text
    .replace(ANY_MARK, (mark) => `\u0001${mark}\u0001`)
    .replace(/\s*\(([^()]*)\)\s*/g, '\u0001($1)\u0001')
    .replace(/\s*\[([^[\]]*)\]\s*/g, '\u0001[$1]\u0001')
    .replace(/\s*[—|]\s+|\s+[—|]\s*|\t+|\u0001\s*[–-]\s+/g, '\u0001')
    .replace(/([^\d%$€£¥kKM.])\s+[–-]\s+/g, '$1\u0001')
    .replace(/,\s*(?=(?:currently|now|today|progress|owner|dri|status)\b)/gi, '\u0001');
  return marked.split('\u0001').map((s) => s.trim());
}

function statusOf(segment: string): OutlineStatus | null {
  for (const [mark, status] of STATUS_MARKS) if (mark.test(segment) && segment.replace(ANY_MARK, '').trim() === '') return status;
  return STATUS_WORDS[segment.toLowerCase()] ?? null;
}

/** Reads one line's annotations; the first segment is the statement and is never read as one. */
export function annotateLine(line: string): LineAnnotations {
  const result: LineAnnotations = { text: line, owner: null, status: null, struck: false, current: null, progress: null };
  let text = line.trim();
  const checkbox = /^\[([ xX✓])\]\s+/.exec(text);
  if (checkbox) {
    if (checkbox[1] !== ' ') result.status = 'done';
    text = text.slice(checkbox[0].length);
  }
  const struck = /^~~(.+?)~~(.*)$/.exec(text);
  if (struck) {
    result.struck = true;
    text = `${struck[1]}${struck[2]}`;
  }
  const read: string[] = [];
  for (const [index, raw] of segments(text).entries()) {
    if (raw === '') continue;
    const inner = /^[([](.*)[)\]]$/.exec(raw)?.[1]?.trim() ?? raw;
    if (index === 0 && inner === raw && !HAS_MARK.test(raw)) continue;
    const status = statusOf(inner);
    const owner = OWNER.exec(inner);
    const current = CURRENT.exec(inner);
    const count = COUNT.exec(inner);
    const progress = PROGRESS.exec(inner);
    if (status) result.status ??= status;
    else if (inner.replace(ANY_MARK, '').trim() === '') { /* a mark the parser does not use (☐, ⚪) */ }
    else if (owner) result.owner = (owner[1] ?? owner[2] ?? owner[3]!).trim().replace(/[.;,]$/, '');
    else if (current) result.current = { value: current[1]!, outOf: current[2] ?? null, unit: current[3] ?? '' };
    else if (count) result.current = { value: count[1]!, outOf: count[2]!, unit: '' };
    else if (progress) result.progress = progress[1] ?? progress[2]!;
    else if (BARE_PERCENT.test(inner) && raw !== inner) result.progress = inner;
    else continue;
    read.push(raw);
  }
  // Only what was read leaves the title: the rest keeps its own words and punctuation.
  let rest = text;
  for (const raw of read) rest = rest.replace(raw, '\u0001');
  result.text = rest
    .replace(/(?:\s*(?:,|[—|]|\s[–-])?\s*\u0001)+/g, ' \u0001')
    .replace(/\s*\u0001\s*$/, '')
    .replace(/\s*\u0001\s*/g, ' ')
    .replace(/[\s,;:—–-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return result;
}
