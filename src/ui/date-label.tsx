import type { DatePrecision } from "../graph/schema";
import { formatPublished, precisionNote } from "../graph/dates";

/**
 * A publication date no more precise than its source: "28 Aug 2018", "Aug 2018" or "2018", in a
 * `<time>` element. With `withNote`, a partial date says so: "Aug 2018 (month only)".
 */
export function DateLabel({ published, precision, withNote = false }: { published: string; precision: DatePrecision; withNote?: boolean }) {
  const note = withNote ? precisionNote(precision) : null;
  return (
    <span className="tg-date">
      <time dateTime={published}>{formatPublished(published, precision)}</time>
      {note ? <span className="tg-date__note"> ({note})</span> : null}
    </span>
  );
}
