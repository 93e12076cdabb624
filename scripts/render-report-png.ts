import { superviseCommand } from './app/supervision/supervisor.js';

// A developer's check, not part of `npm test`: renders report.md with its figures in headless
// Chromium and fails unless every linked image loaded and shows something. Needs Debian's chromium.
superviseCommand('render-report-png', new URL('./app/commands/render-report-png.ts', import.meta.url));
