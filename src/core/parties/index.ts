export type { DirectoryEntry, Party, PartyKind } from "./types";
export { BUILTIN_DIRECTORY } from "./directory";
export { classifyParty } from "./classify";
export { learnDirectory } from "./learn";
export { splitParties, splitOnSeparators, splitPersons, cellChunks } from "./split";
export { normalizePartyName, partyKey } from "./normalize";
export { matcherFor } from "./matcher";
export { lemmaKey } from "./lemma";
export { partsOfName, partyLabel, type NameParts } from "./name-parts";
