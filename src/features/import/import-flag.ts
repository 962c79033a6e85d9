/** Whether the browser's IndexedDB may hold imported articles: set when files are saved, cleared when emptied (see storage-flag.ts). */
import { storageFlag } from "../../ui/storage-flag";

const flag = storageFlag("tiegraph:imported-articles");
export const mayHoldImports = flag.may;
export const noteHoldsImports = flag.note;
