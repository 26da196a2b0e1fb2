export type { DirectoryEntry, Party, PartyKind } from "./types";
export { BUILTIN_DIRECTORY } from "./directory";
export { classifyParty } from "./classify";
export { learnDirectory } from "./learn";
export { splitParties, splitOnSeparators } from "./split";
export { normalizePartyName, partyKey } from "./normalize";
export { matcherFor } from "./matcher";
