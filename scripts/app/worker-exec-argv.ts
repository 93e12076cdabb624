// Worker threads inherit the process's Node options, tsx's preloads among them. Neither kind of
// worker here wants those: a seed worker runs plain JavaScript (a bundle), and a command's thread
// registers tsx itself (on Node 20 an inherited preload gives a worker no TypeScript loader).

/** An option of the command line that loads a module before the script (tsx registers itself so), and its value. */
const PRELOAD = /^(--import|--require|-r|--loader|--experimental-loader)(=(.*))?$/;
const TSX = /(^|[/\\])tsx($|[/\\])/;

/**
 * The Node options a worker gets: this process's, less those that load tsx (`node --import tsx`,
 * or the tsx launcher's --require and --import). tsx's start in each seed worker cost about 70 ms
 * of the worker's 0.13 s start here.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const preload = PRELOAD.exec(execArgv[i]!);
    // `--import tsx` takes two entries, `--import=tsx` one.
    const taken = preload && preload[2] === undefined ? execArgv.slice(i, i + 2) : execArgv.slice(i, i + 1);
    i += taken.length - 1;
    if (!preload || !TSX.test(preload[3] ?? taken[1] ?? '')) kept.push(...taken);
  }
  return kept;
}

/**
 * Starts a worker by `start`, given the options of workerExecArgv when they differ from the
 * process's. Given explicitly, an option that is the whole process's (--max-old-space-size,
 * --title, …) is refused; inherited it is ignored, so then the worker inherits them all, tsx too.
 */
export function startWithoutTsx<T>(start: (execArgv?: string[]) => T): T {
  const execArgv = workerExecArgv();
  if (execArgv.length === process.execArgv.length) return start();
  try {
    return start(execArgv);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return start();
  }
}
