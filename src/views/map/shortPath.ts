import type { GeoContext } from "d3-geo";

/**
 * A d3-geo path context that writes an SVG path as briefly as it reads: every point rounded to `digits` decimals and,
 * after a line's first, given by its step from the one before (one "l" command per line, the steps following it
 * without letters), with a point that rounds onto the one before left out. The map's outlines are most of its
 * prerendered page: written so, they take about half the characters of d3's absolute "M…L…" form, at the same points.
 */
export class ShortPath implements GeoContext {
  readonly #scale: number;
  #out = "";
  /** The pen, and where its line began, in steps of 10^-digits. */
  #x = 0;
  #y = 0;
  #x0 = 0;
  #y0 = 0;
  /** Whether an "l" command is open, so a further step needs no letter. */
  #stepping = false;

  constructor(digits: number) {
    this.#scale = 10 ** digits;
  }

  /** A coordinate in steps of 10^-digits. */
  #round(v: number): number {
    return Math.round(v * this.#scale);
  }

  /** A number of steps as SVG writes it: "1.5", ".4", "-.4", "12". */
  #text(steps: number): string {
    const text = String(steps / this.#scale);
    return text.startsWith("0.") ? text.slice(1) : text.startsWith("-0.") ? `-${text.slice(2)}` : text;
  }

  /** A second number after a first: a minus sign separates them, or else a space. */
  #then(steps: number): string {
    const text = this.#text(steps);
    return text.startsWith("-") ? text : ` ${text}`;
  }

  beginPath(): void {
    // A new geometry: where it starts is written out in full, by moveTo.
  }

  moveTo(x: number, y: number): void {
    this.#x = this.#x0 = this.#round(x);
    this.#y = this.#y0 = this.#round(y);
    this.#out += `M${this.#text(this.#x)}${this.#then(this.#y)}`;
    this.#stepping = false;
  }

  lineTo(x: number, y: number): void {
    const [nx, ny] = [this.#round(x), this.#round(y)];
    const [dx, dy] = [nx - this.#x, ny - this.#y];
    if (dx === 0 && dy === 0) return;
    this.#out += this.#stepping ? `${this.#then(dx)}${this.#then(dy)}` : `l${this.#text(dx)}${this.#then(dy)}`;
    this.#stepping = true;
    [this.#x, this.#y] = [nx, ny];
  }

  closePath(): void {
    this.#out += "z";
    // Closed, the pen is back where the line began.
    [this.#x, this.#y] = [this.#x0, this.#y0];
    this.#stepping = false;
  }

  /**
   * A point's circle, whole (d3-geo draws a point so, after moving to its rightmost point): as two half-circle arcs
   * from there, the angles being always a full turn.
   */
  arc(x: number, y: number, radius: number): void {
    this.lineTo(x + radius, y);
    const r = this.#text(this.#round(radius));
    const d = this.#text(2 * this.#round(radius));
    this.#out += `a${r} ${r} 0 1 1-${d} 0a${r} ${r} 0 1 1 ${d} 0`;
    this.#stepping = false;
  }

  /** The path written so far, and a fresh start: "" where nothing was drawn. */
  take(): string {
    const out = this.#out;
    this.#out = "";
    this.#stepping = false;
    return out;
  }
}
