// Progress on stdout: a live bar when stdout is a terminal, otherwise nothing until the one line
// each experiment prints when it finishes.

export interface ExperimentProgress {
  sweep?: (sweep: number, budget: number) => void;
  seedDone: (done: number) => void;
  finish: (line: string) => void;
}

const WIDTH = 30;

export function experimentProgress(id: string, seedsTotal: number, out: NodeJS.WriteStream = process.stdout): ExperimentProgress {
  const live = out.isTTY === true;
  let seedsDone = 0;
  let lastDraw = 0;
  const draw = (fraction: number, detail: string) => {
    const filled = Math.round(WIDTH * Math.min(1, fraction));
    out.write(`\r${id} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${detail}\x1b[K`);
  };
  return {
    ...(live
      ? {
          sweep: (sweep: number, budget: number) => {
            const now = Date.now();
            if (now - lastDraw < 100) return;
            lastDraw = now;
            draw((seedsDone + sweep / budget) / seedsTotal, `seed ${seedsDone + 1}/${seedsTotal}, sweep ${sweep}`);
          },
        }
      : {}),
    seedDone(done) {
      seedsDone = done;
      if (live) draw(done / seedsTotal, `${done}/${seedsTotal} seeds`);
    },
    finish(line) {
      out.write(live ? `\r${line}\x1b[K\n` : `${line}\n`);
    },
  };
}
