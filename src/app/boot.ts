/**
 * Imported first by main.tsx, so it runs before React and the app's modules are evaluated (about
 * 80 ms on this machine): the graph's download and the worker that checks it start at once, and that
 * work overlaps the app's start instead of following it.
 */
import { startGraphLoad } from "./graph-loader";

startGraphLoad("graph.json");
