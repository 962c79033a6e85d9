/**
 * A yes/no kept in localStorage, for "may this browser's IndexedDB hold something?": a start-up
 * without it then neither opens the database nor loads its code before drawing the first graph.
 */
export function storageFlag(key: string): { may: () => boolean; note: (holds: boolean) => void } {
  return {
    /** True once set, until cleared (and always when localStorage cannot say). */
    may: () => {
      try {
        return typeof localStorage === "undefined" || localStorage.getItem(key) === "1";
      } catch {
        return true;
      }
    },
    note: (holds) => {
      try {
        localStorage.setItem(key, holds ? "1" : "0");
      } catch {
        // No localStorage: start-up then always looks in the database.
      }
    },
  };
}
