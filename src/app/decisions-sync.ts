/**
 * Where an editor's decisions go. In the built app: IndexedDB (decisions-db.ts), restored at
 * start-up. Under `npm run dev` (the page then carries the dev server's token): each new decision is
 * also saved into data/curation.yaml through the dev server's endpoint, which recompiles the graph and
 * reloads the page; a decision the file holds is then no longer kept in the browser.
 */
import type { Decision } from "../graph/decisions";
import { useAppStore } from "../store/app-store";
import { mayHoldDecisions } from "./decisions-flag";

/** The dev server's per-run token, in a meta tag only `npm run dev` writes; null in the built app. */
export function devToken(): string | null {
  if (typeof document === "undefined") return null;
  return document.querySelector<HTMLMetaElement>('meta[name="tiegraph-dev-token"]')?.content || null;
}

/** The endpoint's path (see scripts/curation-endpoint.ts). */
export const CURATION_ENDPOINT = "/__tiegraph/curation";

/** Restores the saved decisions (when there are any), then keeps saving them as they change. */
export async function syncDecisions(): Promise<void> {
  // the database's code is fetched at start-up only when it holds decisions; else on the first decision
  const db = () => import("./decisions-db");
  if (mayHoldDecisions()) {
    try {
      const saved = await (await db()).loadDecisions();
      if (saved.length) useAppStore.getState().setDecisions(saved, (await import("../graph/decisions")).applyDecisions);
    } catch (err) {
      console.warn(`saved decisions could not be restored: ${(err as Error).message}`);
    }
  }
  const token = devToken();
  const inFile = new Set<string>();
  let last = useAppStore.getState().decisions;
  useAppStore.subscribe((s) => {
    if (s.decisions === last) return;
    const before = new Set(last);
    last = s.decisions;
    const fresh = s.decisions.filter((d) => !before.has(d));
    const gone = [...before].filter((d) => !s.decisions.includes(d));
    const save = () => db().then((m) => m.saveDecisions(useAppStore.getState().decisions.filter((d) => !inFile.has(d.evidenceId)))).catch((err: Error) => console.warn(`decisions could not be saved in this browser: ${err.message}`));
    if (token) {
      // an undone decision leaves the file too; a new one joins it
      for (const d of gone) if (inFile.has(d.evidenceId)) void postEntry(d, token, true).then((ok) => ok && inFile.delete(d.evidenceId));
      for (const d of fresh) if (!d.dismissed) void postEntry(d, token, false).then((ok) => {
        if (ok) inFile.add(d.evidenceId);
        return save();
      });
    }
    void save();
  });
}

/** Adds (or, undone, removes) one decision's curation entry in data/curation.yaml through the dev server; true when done. */
async function postEntry(d: Decision, token: string, remove: boolean): Promise<boolean> {
  try {
    const response = await fetch(CURATION_ENDPOINT, { method: "POST", headers: { "content-type": "application/json", "x-tiegraph-token": token }, body: JSON.stringify({ entry: d.entry, remove }) });
    if (!response.ok) console.warn(`data/curation.yaml was not changed: ${await response.text()}`);
    return response.ok;
  } catch (err) {
    console.warn(`data/curation.yaml was not changed: ${(err as Error).message}`);
    return false;
  }
}
