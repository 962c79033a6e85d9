/** Reading input files from disk as UTF-8 text (with a located message when that is impossible), and the map step of one article file. */
import { readFileSync } from "node:fs";
import { mapArticle, type ArticleOutcome, type SourceFile } from "../compile-corpus";
import type { Gazetteer } from "../gazetteer";
import type { Lexicon } from "../lexicon";
import type { Problem } from "../problems";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file as text, or null with a problem pushed (unreadable, or not UTF-8 at the line it breaks). */
export function readSource(file: string, problems: Problem[]): SourceFile | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    problems.push({ file, line: 1, message: "cannot be read: check that the file exists and is readable" });
    return null;
  }
  try {
    return { file, text: utf8.decode(bytes) };
  } catch {
    // Locate the first undecodable byte through the lenient decoder's replacement character.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const bad = lenient.indexOf("\uFFFD");
    const line = bad < 0 ? 1 : lenient.slice(0, bad).split("\n").length;
    problems.push({ file, line, message: "is not UTF-8 text; save it as UTF-8 (plain text) and compile again" });
    return null;
  }
}

/** The gazetteer and lexicon every article is read with. */
export type Readers = { gazetteer: Gazetteer; lexicon: Lexicon };

/** Reads, parses and extracts one article file; without readers it only parses (to report). */
export function mapFile(file: string, readers: Readers | null): ArticleOutcome {
  const problems: Problem[] = [];
  const source = readSource(file, problems);
  return source ? mapArticle(source, readers) : { file, extract: null, problems, idLine: 1 };
}
