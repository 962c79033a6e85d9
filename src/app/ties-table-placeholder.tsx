/** TEMPORARY stand-in until src/features/table/ties-table.tsx exists; delete then. */
export function TiesTable() {
  return <p style={{ padding: "2rem" }}>The table of ties is on its way.</p>;
}
