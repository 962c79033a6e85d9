import { useId } from "react";
import "./evidence-order-controls.css";
import { EVIDENCE_ORDERS, type EvidenceOrder } from "../graph/view-state";

const ORDER_LABELS: Record<EvidenceOrder, string> = { date: "Date", publisher: "Publisher", claimant: "Claimant" };

/**
 * How a list of quotes is ordered (date, publisher, claimant) and whether it keeps only the
 * publisher's own voice: the same two controls wherever quotes are listed (a tie, a pair). The
 * values live in the URL; `onChange` gets the changed one.
 */
export function EvidenceOrderControls({
  order,
  publisherVoiceOnly,
  onChange,
  className = "tg-evidence__controls",
}: {
  order: EvidenceOrder;
  publisherVoiceOnly: boolean;
  onChange: (patch: { evidenceOrder?: EvidenceOrder; publisherVoiceOnly?: boolean }) => void;
  className?: string;
}) {
  const orderId = useId();
  return (
    <div className={className} role="group" aria-label="Order and filter the quotes">
      <label className="tg-evidence__control" htmlFor={orderId}>
        Order by
      </label>
      <select id={orderId} className="tg-evidence__select" value={order} onChange={(e) => onChange({ evidenceOrder: e.target.value as EvidenceOrder })}>
        {EVIDENCE_ORDERS.map((o) => (
          <option key={o} value={o}>
            {ORDER_LABELS[o]}
          </option>
        ))}
      </select>
      <label className="tg-evidence__control">
        <input type="checkbox" checked={publisherVoiceOnly} onChange={(e) => onChange({ publisherVoiceOnly: e.target.checked })} />
        Only the publisher’s own voice
      </label>
    </div>
  );
}
