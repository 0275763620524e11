/** One line of an SVG path: its points in absolute coordinates, and whether it is closed. */
export interface PathLine {
  points: [number, number][];
  closed: boolean;
}

/** A sum of decimals without the binary fractions' error (0.1 + 0.2 is 0.3 here). */
const exact = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The lines an SVG path of straight segments draws (M, L, H, V, Z and their relative forms, with the implicit
 * repetition of a command's numbers), in absolute coordinates, a point repeating the one before left out: so two
 * ways of writing the same drawing read the same.
 */
export function pathLines(d: string): PathLine[] {
  const tokens = d.match(/[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const lines: PathLine[] = [];
  let line: PathLine | null = null;
  let [x, y] = [0, 0];
  let command = "";
  const numbers: number[] = [];
  const add = () => {
    const last = line?.points.at(-1);
    if (line && !(last && last[0] === x && last[1] === y)) line.points.push([x, y]);
  };
  const run = () => {
    const relative = command === command.toLowerCase();
    const upper = command.toUpperCase();
    if (upper === "Z") {
      if (line) {
        line.closed = true;
        [x, y] = line.points[0]!;
      }
      return;
    }
    const step = upper === "H" || upper === "V" ? 1 : 2;
    for (let i = 0; i + step <= numbers.length; i += step) {
      const [a, b] = [numbers[i]!, numbers[i + 1] ?? 0];
      if (upper === "H") x = relative ? exact(x + a) : a;
      else if (upper === "V") y = relative ? exact(y + a) : a;
      else [x, y] = relative ? [exact(x + a), exact(y + b)] : [a, b];
      // A moveto's further pairs are linetos.
      if (upper === "M" && i === 0) lines.push((line = { points: [], closed: false }));
      add();
    }
    numbers.length = 0;
  };
  for (const token of tokens) {
    if (/[a-z]/i.test(token)) {
      if (command) run();
      command = token;
    } else numbers.push(Number(token));
  }
  if (command) run();
  return lines;
}
