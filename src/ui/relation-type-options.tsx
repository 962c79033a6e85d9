/** One <option> per relation type of the graph, in the lexicon's order, named as the legend names them. */
import type { RelationType } from "../graph/schema";

export function RelationTypeOptions({ types }: { types: readonly RelationType[] }) {
  return (
    <>
      {types.map((t) => (
        <option key={t.id} value={t.id}>
          {t.label}
        </option>
      ))}
    </>
  );
}
