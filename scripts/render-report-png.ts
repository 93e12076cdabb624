import { renderReportPng } from './app/report-png/render-report.js';
import { runCommand } from './app/usage-error.js';

// A developer's check, not part of `npm test`: renders report.md with its figures in headless
// Chromium and fails unless every linked image loaded and shows something. Needs Debian's chromium.
await runCommand('render-report-png', () => renderReportPng(process.argv.slice(2)));
