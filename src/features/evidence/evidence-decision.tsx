/**
 * An editor's decision on one piece of a tie's evidence, under its quote in the evidence panel:
 * confirm it or reject it (in this browser, or under `npm run dev` in data/curation.yaml). A tie whose
 * last piece is rejected disappears, and the panel goes back to the pair.
 */
import { applyDecisions, decisionsInForce, type Decision } from "../../graph/decisions";
import type { Evidence, Tie } from "../../graph/schema";
import { pairOf } from "../../graph/view-state";
import { selectCompilerOnly, selectDecisions, useAppStore } from "../../store/app-store";
import { useSetView } from "../../store/use-view";

const decisionTime = () => Date.now();

export function EvidenceDecision({ tie, evidence }: { tie: Tie; evidence: Evidence }) {
  const decisions = useAppStore(selectDecisions);
  const compilerOnly = useAppStore(selectCompilerOnly);
  const setView = useSetView();
  if (compilerOnly) return null;
  const mine = decisionsInForce(decisions).get(evidence.id);
  const [agent, target] = evidence.direction === "target-to-source" ? [tie.target, tie.source] : [tie.source, tie.target];
  const decide = (action: "confirm" | "reject") => {
    const store = useAppStore.getState();
    const d: Decision = {
      evidenceId: evidence.id,
      at: decisionTime(),
      passage: { articleId: evidence.articleId, published: evidence.published, year: evidence.year, quote: evidence.quote, start: evidence.start, end: evidence.end, source: agent, target, mutual: evidence.direction === "mutual" },
      entry: { action, evidence: evidence.id },
    };
    store.decide(d, applyDecisions);
    // the tie rested on this piece alone: it is gone, so show the pair instead
    if (action === "reject" && tie.evidence?.length === 1) setView({ tieId: null, pairId: pairOf(tie.source, tie.target) }, { replace: true });
  };
  const undo = () => useAppStore.getState().forgetDecisions(new Set([evidence.id]));
  return (
    <div className="tg-evidence__decision" role="group" aria-label="Editor's decision">
      {mine ? (
        <>
          <span>You {mine.entry.action === "confirm" ? "confirmed" : mine.entry.action === "add" ? "added" : mine.entry.action + "ed"} this passage.</span>
          <button type="button" className="tg-link-button" onClick={undo}>
            Undo
          </button>
        </>
      ) : (
        <>
          <button type="button" className="tg-button" onClick={() => decide("confirm")} aria-label={`Confirm this passage (${evidence.id})`}>
            Confirm
          </button>
          <button type="button" className="tg-button" onClick={() => decide("reject")} aria-label={`Reject this passage (${evidence.id})`}>
            Reject
          </button>
        </>
      )}
    </div>
  );
}
