import { renderReportPng } from '../report-png/render-report.js';

export const main = (): Promise<number> => renderReportPng(process.argv.slice(2));
