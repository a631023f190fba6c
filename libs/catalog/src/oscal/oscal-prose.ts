/**
 * Turns OSCAL parts and prose (markdown with `{{ insert: param, id }}` placeholders)
 * into the plain text we store and show. Parameters are rendered the way NIST prints
 * them in its publications, so an assessor reading the statement sees what is left
 * for the organization to define.
 */

export interface OscalParam {
  id: string;
  label?: unknown;
  values?: unknown;
  select?: unknown;
}

export type ParamIndex = ReadonlyMap<string, OscalParam>;

/** Choices may insert other parameters; this bounds the recursion on malicious input. */
const MAX_PARAM_NESTING = 4;

const INSERT = /\{\{\s*insert:\s*([A-Za-z_-]+)\s*,\s*([^\s}]+)\s*\}\}/g;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Values, choices and labels are markdown too; each is made plain before it is bracketed. */
export function renderParam(param: OscalParam | undefined, id: string, params: ParamIndex, nesting = 0): string {
  const plain = (text: string): string => substituteInserts(markdownToPlain(text), params, nesting + 1).trim();
  if (!param) return `[Assignment: ${id}]`;
  const values = strings(param.values);
  if (values.length > 0) return values.map(plain).join(', ');
  if (isRecord(param.select)) {
    const choices = strings(param.select.choice).map(plain);
    const howMany = param.select['how-many'] === 'one-or-more' ? ' (one or more)' : '';
    return `[Selection${howMany}: ${choices.join('; ')}]`;
  }
  if (typeof param.label === 'string' && param.label.trim()) return `[Assignment: ${plain(param.label)}]`;
  return `[Assignment: ${id}]`;
}

/** Expects text already made plain, so the brackets it adds are never read as markdown. */
export function substituteInserts(text: string, params: ParamIndex, nesting = 0): string {
  return text.replace(INSERT, (_match, type: string, id: string) => {
    if (type !== 'param') return id;
    if (nesting >= MAX_PARAM_NESTING) return `[Assignment: ${id}]`;
    return renderParam(params.get(id), id, params, nesting);
  });
}

/** Keeps the words of OSCAL's markdown subset and drops its markup. */
export function markdownToPlain(text: string): string {
  return text
    .replace(/!?\[([^[\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/(^|[\s(])\*([^*\s][^*\n]*?)\*(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** Leading spaces of later lines are kept: they carry the nesting of items we export ourselves. */
export function renderProse(text: string, params: ParamIndex): string {
  return substituteInserts(markdownToPlain(text), params)
    .trim()
    .split('\n')
    .map((line) => {
      const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '   ');
      return (
        indent +
        line
          .slice(indent.length)
          .replace(/[ \t]+/g, ' ')
          .trim()
      );
    })
    .map((line) => (line.trim() ? line : ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function labelOf(part: Record<string, unknown>): string | null {
  if (!Array.isArray(part.props)) return null;
  for (const prop of part.props) {
    if (isRecord(prop) && prop.name === 'label' && typeof prop.value === 'string' && prop.class === undefined) return prop.value;
  }
  return null;
}

const INDENT = '   ';
/**
 * Real catalogs nest parts three or four deep. The importer refuses a part deeper than this
 * (counting a control's own parts as level 1), so the cut-offs below never drop accepted text;
 * they only keep the renderers from overflowing the stack on input that skipped the import.
 */
export const MAX_PART_DEPTH = 16;

function partLines(part: Record<string, unknown>, params: ParamIndex, level: number, out: string[], depth = 0): void {
  if (depth > MAX_PART_DEPTH) return;
  const label = labelOf(part);
  const prose = typeof part.prose === 'string' ? renderProse(part.prose, params) : '';
  const text = [label, prose].filter(Boolean).join(' ');
  if (text) out.push(text.replace(/^/gm, INDENT.repeat(level)));
  const children = Array.isArray(part.parts) ? part.parts.filter(isRecord) : [];
  for (const child of children) partLines(child, params, text ? level + 1 : level, out, depth + 1);
}

/**
 * A statement with its lettered items, one per line, nested items indented, e.g.
 * `a. Define ...;` / `   1. Authorized users ...;`. The statement's own items sit at
 * the left margin, as NIST prints them.
 */
export function renderStatement(part: Record<string, unknown>, params: ParamIndex): string {
  const out: string[] = [];
  const prose = typeof part.prose === 'string' ? renderProse(part.prose, params) : '';
  if (prose) out.push(prose);
  const children = Array.isArray(part.parts) ? part.parts.filter(isRecord) : [];
  for (const child of children) partLines(child, params, 0, out);
  return out.join('\n');
}

/** Guidance is discursive: each sub-part becomes a paragraph. */
export function renderGuidance(part: Record<string, unknown>, params: ParamIndex): string {
  const paragraphs: string[] = [];
  const walk = (p: Record<string, unknown>, nesting: number): void => {
    const label = labelOf(p);
    const prose = typeof p.prose === 'string' ? renderProse(p.prose, params) : '';
    const text = [label, prose].filter(Boolean).join(' ');
    if (text) paragraphs.push(text);
    if (nesting < MAX_PART_DEPTH && Array.isArray(p.parts)) for (const c of p.parts.filter(isRecord)) walk(c, nesting + 1);
  };
  walk(part, 0);
  return paragraphs.join('\n\n');
}
