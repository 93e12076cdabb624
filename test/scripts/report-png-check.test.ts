import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../scripts/app/report-png/decode-png.js';
import { measureInk } from '../../scripts/app/report-png/ink.js';
import { renderReportPng } from '../../scripts/app/report-png/render-report.js';
import { scratchFolders } from '../helpers/scratch.js';
import { expectUsageRejection } from '../helpers/usage-error.js';

const scratch = scratchFolders('report-png-');

// The PNG check's own parts, on a PNG built here byte by byte (the CRCs are not read, so left 0).

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body, Buffer.alloc(4)]);
}

/** A 2 × 2 RGB PNG whose scanlines use the Sub and Up filters. */
function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  // Row 0, Sub: (10, 20, 30) then (10 + 5, 20 + 5, 30 + 5). Row 1, Up: each byte + 100 over row 0.
  const raw = Buffer.from([1, 10, 20, 30, 5, 5, 5, 2, 100, 100, 100, 100, 100, 100]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('the PNG check', () => {
  it('decodes filtered scanlines into RGBA pixels', () => {
    const p = decodePng(tinyPng());
    expect([p.width, p.height]).toEqual([2, 2]);
    expect([...p.data]).toEqual([10, 20, 30, 255, 15, 25, 35, 255, 110, 120, 130, 255, 115, 125, 135, 255]);
  });

  it('calls a flat image blank and names its background', () => {
    const flat = { width: 2, height: 1, data: new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255]) };
    expect(measureInk(flat)).toEqual({ inked: 0, colours: 1, background: '#ffffff' });
    const inked = { width: 2, height: 1, data: new Uint8Array([255, 255, 255, 255, 0, 0, 0, 255]) };
    expect(measureInk(inked).inked).toBe(0.5);
  });
});

describe('the PNG check: bad input, found before a browser starts', () => {
  it('refuses a folder without a report page', async () => {
    await expectUsageRejection(renderReportPng([scratch()]), /^no report\.html or comparison\.html in .*; run npm run reproduce first$/);
  });

  it('refuses an unknown flag', async () => {
    await expectUsageRejection(renderReportPng(['--bogus']), "Unknown option '--bogus'");
  });

  /** A folder with a report.html, so that the checks after that one are reached. */
  const reportFolder = () => {
    const dir = scratch();
    writeFileSync(join(dir, 'report.html'), '<!doctype html>');
    return dir;
  };
  /** A file the check accepts as a browser; it is never started, since every case here fails before. */
  const program = (mode: number) => {
    const path = join(scratch(), 'browser');
    writeFileSync(path, '#!/bin/sh\nexit 1\n', { mode });
    return path;
  };

  it('refuses a --chromium that is missing, a folder, not executable, or not on PATH, and makes no folder', async () => {
    const dir = reportFolder();
    await expectUsageRejection(renderReportPng([dir, '--chromium', '/nonexistent']), /^--chromium "\/nonexistent": no such file \(ENOENT\)$/);
    await expectUsageRejection(renderReportPng([dir, '--chromium', scratch()]), /^--chromium ".*" is a folder, not a program$/);
    await expectUsageRejection(renderReportPng([dir, '--chromium', program(0o644)]), /^--chromium ".*browser" is not executable: permission denied \(EACCES\)$/);
    await expectUsageRejection(renderReportPng([dir, '--chromium', 'no-such-browser-here']), /^--chromium "no-such-browser-here": no such program on PATH$/);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('refuses a --png-dir that cannot be made, in words', async () => {
    const dir = reportFolder();
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    await expectUsageRejection(renderReportPng([dir, '--chromium', program(0o755), '--png-dir', file]), /^cannot write to --png-dir ".*a-file": it is a file, not a folder$/);
    await expectUsageRejection(renderReportPng([dir, '--chromium', program(0o755), '--png-dir', join(file, 'png')]), /^cannot write to --png-dir ".*a-file\/png": ".*a-file" is a file, not a folder$/);
  });
});
