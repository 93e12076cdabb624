import { XMLParser, XMLValidator } from 'fast-xml-parser';

// Reads a figure's SVG as XML for the figure tests: checks it is well-formed and counts marks.

export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  children: SvgNode[];
  /** The element's own text content. */
  text: string;
}

type Raw = Record<string, unknown>;

function toNodes(raw: Raw[]): SvgNode[] {
  return raw.flatMap((item) => {
    const tag = Object.keys(item).find((k) => k !== ':@');
    if (!tag || tag === '#text') return [];
    const attrs = (item[':@'] ?? {}) as Record<string, string>;
    const raw = item[tag] as Raw[];
    const text = raw.map((c) => (c['#text'] === undefined ? '' : String(c['#text']))).join('');
    return [{ tag, attrs, children: toNodes(raw), text }];
  });
}

/** Parses the SVG, throwing when it is not well-formed XML or its root is not <svg>. */
export function parseSvg(svg: string): SvgNode {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  const roots = toNodes(parser.parse(svg) as Raw[]);
  const root = roots.find((n) => n.tag === 'svg');
  if (!root) throw new Error('no <svg> root element');
  return root;
}

export function descendants(node: SvgNode): SvgNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}

const hasClass = (n: SvgNode, name: string) => (n.attrs.class ?? '').split(/\s+/).includes(name);

/** The tooltip of a square: the text of its <title> child. */
export const tooltip = (n: SvgNode): string => n.children.find((c) => c.tag === 'title')?.text ?? '';

/** Elements carrying a class, e.g. `hinton-weight` squares. */
export const withClass = (root: SvgNode, name: string): SvgNode[] => descendants(root).filter((n) => hasClass(n, name));

/**
 * The drawn items of a named Vega-Lite layer: vega wraps each in a group of class `<name>_marks`
 * (one group per series for lines), and draws each item as a path, line or text.
 */
export function vegaMarks(root: SvgNode, layer: string): SvgNode[] {
  return withClass(root, `${layer}_marks`).flatMap((g) => g.children.filter((c) => ['path', 'line', 'text', 'rect'].includes(c.tag)));
}
