/**
 * An article the user brought: its file name as they know it, and its text as the compiler reads it
 * (a plain-text file gets front matter from the details the user gave). Pure.
 */
import { stringify } from "yaml";

/** One imported article file, as kept in the browser and handed to the compiler. */
export interface UserFile {
  /** The user's file name, used in every message about the file. */
  file: string;
  /** Markdown with front matter (for a .txt, written from the details the user gave). */
  text: string;
  /** Lines added in front of the user's own text (front matter written for a .txt), 0 for .md. */
  lineOffset: number;
  /** When it was imported (ms since the epoch): keeps the list in the order the user added files. */
  addedAt: number;
}

/** What a plain-text file needs before it can join: where it comes from and when it was published. */
export interface PlainTextDetails {
  title: string;
  publisher: string;
  /** ISO date: 2019-03-01, 2019-03 or 2019. */
  published: string;
}

/** Whether the importer reads a file of this name, and how. */
export function fileKind(name: string): "markdown" | "plain-text" | null {
  const lower = name.toLowerCase();
  return lower.endsWith(".md") || lower.endsWith(".markdown") ? "markdown" : lower.endsWith(".txt") ? "plain-text" : null;
}

/** A kebab-case article id from a file name: "My notes (Feb).txt" → "my-notes-feb". */
export function idFromFileName(name: string): string {
  const base = name.replace(/\.[^.]*$/, "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const id = base.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return id || "imported-article";
}

/** An ISO date at the start of a file name ("2019-03-01-notes.txt"), to suggest; null when there is none. */
export function dateFromFileName(name: string): string | null {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\D|$)/.exec(name);
  return m?.[1] ?? null;
}

/** The first non-empty line of a text, trimmed to a headline's length: the suggested title. */
export function firstLine(text: string): string {
  const line = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/).find((l) => l.trim() !== "") ?? "";
  const trimmed = line.trim();
  return trimmed.length > 160 ? `${trimmed.slice(0, 157)}…` : trimmed;
}

/** Longer than this, a first line is a paragraph, not a headline. */
const TITLE_MAX = 160;

/**
 * The text of a .txt without its title: the first non-empty line, when it is headline-sized and
 * text follows it, is the title and is not read as the body (it is blanked, not removed, so line
 * numbers in messages stay the user's).
 */
export function withoutTitleLine(text: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.trim() !== "");
  if (at < 0 || lines[at]!.trim().length > TITLE_MAX || !lines.slice(at + 1).some((l) => l.trim() !== "")) return text;
  return [...lines.slice(0, at), "", ...lines.slice(at + 1)].join("\n");
}

/** A .txt file as an article: front matter from `details`, then the text verbatim, less its title line (see `withoutTitleLine`). */
export function plainTextToArticle(file: string, text: string, details: PlainTextDetails, addedAt: number): UserFile {
  const frontMatter = stringify(
    { id: idFromFileName(file), title: details.title.trim(), publisher: details.publisher.trim(), published: details.published.trim() },
    { lineWidth: 0 },
  );
  const head = `---\n${frontMatter}---\n`;
  return { file, text: head + withoutTitleLine(text.replace(/^\uFEFF/, "")), lineOffset: head.split("\n").length - 1, addedAt };
}
