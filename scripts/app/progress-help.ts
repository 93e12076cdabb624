// What every command that trains says about its progress and --quiet in its --help, in one place
// so that the commands say the same thing, and say what progress.ts does.
import { LOG_EVERY_MS, LOG_SHARE } from './progress.js';

/** The paragraph on progress; `unit` is what a finish line is printed for ("experiment", "variant"). */
export const progressHelp = (unit: string): string[] => [
  'Progress goes to stderr: on a terminal, a live bar with the time left and the sweep each seed in',
  `training has reached; otherwise (a log, CI), a line every ${LOG_EVERY_MS / 1000} s or every ${LOG_SHARE * 100}% of the seeds, whichever`,
  `comes first. The line each ${unit} prints when it finishes goes to stdout.`,
];

/**
 * The --quiet option's lines in a help's option list, its description starting at `column` as the
 * other options' do; `kept` is what stdout still gets.
 */
export const quietOption = (column: number, kept: string): string[] => [
  `${'  -q, --quiet'.padEnd(column)}no progress on stderr (no bar, no periodic lines); stdout keeps`,
  `${' '.repeat(column)}${kept}; errors still show`,
];
