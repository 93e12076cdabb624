// Small helpers for hand-written SVG. Numbers are printed with toFixed and String, never
// toLocaleString, so the bytes do not depend on the machine's locale.

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate or length, rounded to 0.01 px (enough for any screen, and stable across runs). */
export function px(v: number): string {
  return String(Number(v.toFixed(2)));
}

/** A weight as printed beside a square: one decimal, with a real minus sign like the paper's figures. */
export function signed(v: number): string {
  const text = Math.abs(v).toFixed(1);
  if (text === '0.0') return '0.0';
  return `${v < 0 ? '−' : '+'}${text}`;
}

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  rotate?: number;
}

export function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  const rotate = o.rotate ? ` transform="rotate(${o.rotate} ${px(x)} ${px(y)})"` : '';
  return (
    `<text x="${px(x)}" y="${px(y)}" font-size="${o.size ?? 11}" text-anchor="${o.anchor ?? 'start'}"` +
    `${o.weight === 'bold' ? ' font-weight="bold"' : ''} fill="${o.fill ?? '#222'}"${rotate}>${escapeXml(content)}</text>`
  );
}

/**
 * A whole SVG document with an opaque white background, so the figure reads the same on a light or
 * a dark page, and a <title> for screen readers.
 */
export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" font-family="Helvetica, Arial, sans-serif" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect class="background" width="${px(width)}" height="${px(height)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
