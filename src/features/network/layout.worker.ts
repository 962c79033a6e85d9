/**
 * The layout worker (a same-origin module worker): runs the force simulation off the main thread and
 * posts positions as transferred Float32Arrays. All the logic is in layout-engine.ts.
 */
import { createLayoutEngine } from "./layout-engine";
import type { LayoutFrame, LayoutRequest } from "./layout-protocol";

const scope = self as unknown as { postMessage: (frame: LayoutFrame, transfer: Transferable[]) => void; onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null };
const engine = createLayoutEngine((frame) => scope.postMessage(frame, [frame.xy.buffer]));
scope.onmessage = (e) => engine.handle(e.data);
