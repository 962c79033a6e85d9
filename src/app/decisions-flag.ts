/** Whether this browser's IndexedDB may hold an editor's decisions (see storage-flag.ts). */
import { storageFlag } from "../ui/storage-flag";

const flag = storageFlag("tiegraph:decisions");
export const mayHoldDecisions = flag.may;
export const noteHoldsDecisions = flag.note;
