import type { Pixels } from './decode-png.js';

// Whether a picture shows anything: the share of pixels that differ from its most common colour
// (its background), and how many colours it uses. A blank or failed image is one flat colour.

export interface Ink {
  /** Share of pixels that differ from the most common colour by more than a faint anti-aliasing step. */
  inked: number;
  colours: number;
  /** The most common colour, as #rrggbb. */
  background: string;
}

const hex = (rgb: number) => `#${rgb.toString(16).padStart(6, '0')}`;

export function measureInk(p: Pixels): Ink {
  const counts = new Map<number, number>();
  const n = p.width * p.height;
  for (let i = 0; i < n; i += 1) {
    const rgb = (p.data[i * 4]! << 16) | (p.data[i * 4 + 1]! << 8) | p.data[i * 4 + 2]!;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  let background = 0;
  let most = -1;
  for (const [rgb, c] of counts) if (c > most) [background, most] = [rgb, c];
  const [br, bg, bb] = [background >> 16, (background >> 8) & 0xff, background & 0xff];
  let inked = 0;
  for (let i = 0; i < n; i += 1) {
    const d = Math.abs(p.data[i * 4]! - br) + Math.abs(p.data[i * 4 + 1]! - bg) + Math.abs(p.data[i * 4 + 2]! - bb);
    if (d > 24) inked += 1;
  }
  return { inked: n === 0 ? 0 : inked / n, colours: counts.size, background: hex(background) };
}
