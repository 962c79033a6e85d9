/**
 * Imported first by main.tsx, so it runs before React and the app's modules are evaluated (about
 * 80 ms on this machine): the worker that fetches and checks the graph starts at once, and that work
 * overlaps the app's start instead of following it.
 */
import { startGraphLoad } from "./graph-loader";

startGraphLoad("graph.json");
