/**
 * Compiling the shipped corpus together with the user's files, with the same `compileCorpus` the
 * build uses. Each user file is first checked alone by the compiler's own parser, so a bad one is
 * rejected with the compiler's `file:line: message` and never stops the others; then everything that
 * passed is compiled together (and a file that still fails there is dropped by name, the rest kept).
 * Pure: the worker runs it in the browser, the tests in Node.
 */
import { compileCorpus, type CorpusInput, type SourceFile } from "../../compile/compile-corpus";
import { parseArticle } from "../../compile/parse-article";
import type { Problem } from "../../compile/problems";
import type { Graph } from "../../graph/schema";
import type { Candidate } from "../../graph/candidates";
import { readReport, type ArticleRead } from "./read-report";
import type { UserFile } from "./user-file";

/** A user file that joined the graph, and the article it became. */
export interface AcceptedFile {
  file: string;
  articleId: string;
  title: string;
}

/** A user file that did not join, with every reason in the compiler's words. */
export interface RejectedFile {
  file: string;
  problems: Problem[];
}

export interface ImportCompileResult {
  /** The graph of the shipped corpus plus the accepted files; null only if the shipped corpus itself fails. */
  graph: Graph | null;
  accepted: AcceptedFile[];
  rejected: RejectedFile[];
  /** Problems in the shipped corpus (a broken build, never the user's doing). */
  shippedProblems: Problem[];
  /** What was read, sentence by sentence, in each accepted file named in `reportFor`. */
  reports: ArticleRead[];
  /** The compiler's candidate readings in the accepted files, for the Review view. */
  candidates: Candidate[];
}

/** Called after each step: `done` of `total` (one step per user file, and one for the whole graph). */
export type ProgressListener = (done: number, total: number) => void;

/** Moves a problem's line back into the user's own text (front matter written for a .txt is not theirs). */
function inUserLines(problem: Problem, userFile: UserFile): Problem {
  if (!userFile.lineOffset) return problem;
  const line = problem.line > userFile.lineOffset ? problem.line - userFile.lineOffset : 1;
  return { ...problem, line };
}

/**
 * Compiles `shipped` with `userFiles`; never throws on bad data. The files named in `reportFor` (the
 * ones just added) are also reported on sentence by sentence.
 */
export function compileWithImports(
  shipped: CorpusInput,
  userFiles: readonly UserFile[],
  onProgress: ProgressListener = () => undefined,
  reportFor: readonly string[] = [],
): ImportCompileResult {
  const total = userFiles.length + 1;
  const rejected: RejectedFile[] = [];
  const reject = (f: UserFile, problems: Problem[]) => rejected.push({ file: f.file, problems: problems.map((p) => inUserLines(p, f)) });

  const takenIds = new Map<string, string>();
  for (const f of shipped.articles) {
    const id = parseArticle(f.file, f.text).article?.id;
    if (id && !takenIds.has(id)) takenIds.set(id, f.file);
  }
  const candidates: { userFile: UserFile; source: SourceFile; articleId: string; title: string }[] = [];
  userFiles.forEach((userFile, i) => {
    const source = { file: userFile.file, text: userFile.text };
    const alone = parseArticle(source.file, source.text);
    const article = alone.article;
    if (!article) {
      reject(userFile, alone.problems);
    } else if (takenIds.has(article.id)) {
      const idLine = source.text.split("\n").findIndex((l) => l.startsWith("id:")) + 1;
      reject(userFile, [{ file: userFile.file, line: Math.max(1, idLine), message: `id '${article.id}' is already used by ${takenIds.get(article.id)}; give each article its own id` }]);
    } else {
      takenIds.set(article.id, userFile.file);
      candidates.push({ userFile, source, articleId: article.id, title: article.title });
    }
    onProgress(i + 1, total);
  });

  // Whatever still fails together (rare: the checks above catch what a file can get wrong) is
  // rejected by name, and the rest compiled again.
  let joined = candidates;
  for (;;) {
    const result = compileCorpus({ ...shipped, articles: [...shipped.articles, ...joined.map((c) => c.source)] });
    const byUser = new Set(joined.map((c) => c.userFile.file));
    const userProblems = result.problems.filter((p) => byUser.has(p.file));
    const shippedProblems = result.problems.filter((p) => !byUser.has(p.file));
    if (shippedProblems.length || !userProblems.length) {
      onProgress(total, total);
      const accepted = result.graph ? joined.map(({ userFile, articleId, title }) => ({ file: userFile.file, articleId, title })) : [];
      const graph = result.graph;
      const reports = graph
        ? joined
            .filter((c) => reportFor.includes(c.userFile.file))
            .map((c) => readReport(c.source, shipped, graph))
            .filter((r): r is ArticleRead => r !== null)
        : [];
      const own = new Set(accepted.map((a) => a.articleId));
      return { graph, accepted, rejected, shippedProblems, reports, candidates: (result.candidates ?? []).filter((c) => own.has(c.articleId)) };
    }
    const failing = new Set(userProblems.map((p) => p.file));
    for (const c of joined) if (failing.has(c.userFile.file)) reject(c.userFile, userProblems.filter((p) => p.file === c.userFile.file));
    joined = joined.filter((c) => !failing.has(c.userFile.file));
  }
}
