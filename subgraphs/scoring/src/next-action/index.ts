// The next-action rules and their ranking, pure, for the benchmarks.
export { actionEvidence, ACTION_SIGNALS, type ActionEvidence, type EvidenceAction } from "./action-evidence";
export { nextBestAction, type Action } from "./next-action.rules";
export { rankedActions, type RankedAction } from "./ranked-actions";
