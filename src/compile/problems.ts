/**
 * A problem with the compiler's input: which file, which line (1-based) and what to do about it.
 * Stages never throw on bad data; they return problems, and the CLI prints them all before failing.
 */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** `file:line: message`, the one format every problem is printed in. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** The 1-based line number of a UTF-16 offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The result of a stage that can find problems: a value when there were none worth stopping for. */
export type Checked<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; problems: Problem[] };
