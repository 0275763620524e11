import type { Issue } from "./issue";

export type ParseResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

/**
 * Parses a data file; a syntax error becomes an Issue with the line and column,
 * since JSON.parse only reports a character offset (and not on every Node version).
 */
export function parseJson(file: string, text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const offset = errorOffset(message, text);
    const { line, column } = lineAndColumn(text, offset);
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, "")
      .replace(/\s*in JSON at position \d+/, "")
      .replace(/,\s*".*" is not valid JSON$/, "")
      .trim();
    const found = offset >= text.length ? "the end of the file" : JSON.stringify(text.charAt(offset));
    return {
      ok: false,
      issue: { file, path: `line ${line}, column ${column}`, expected: `valid JSON (${reason})`, got: found },
    };
  }
}

function errorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position?.[1] !== undefined) return Number(position[1]);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn?.[1] !== undefined && lineColumn[2] !== undefined) {
    return offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]));
  }
  return text.length; // "Unexpected end of JSON input" carries no position
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1] ?? "").length + 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split("\n").slice(0, line - 1);
  return lines.reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}
