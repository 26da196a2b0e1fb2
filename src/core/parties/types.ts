export type PartyKind = "body" | "role" | "school" | "person";

/**
 * One responsible party.
 * @example «Руководители ОО» → { name: "Руководители ОО", kind: "role" }
 */
export interface Party {
  readonly raw: string;
  /** Normalised name (directory's canonical name where known). */
  readonly name: string;
  readonly kind: PartyKind;
}

/** A directory entry on the «Ответственные» sheet. */
export interface DirectoryEntry {
  readonly name: string;
  readonly kind: PartyKind;
  readonly aliases: readonly string[];
  /** Full form of an abbreviation («КО» → «Комитет образования»). */
  readonly expansion?: string;
  /** The user confirmed this entry (re-validation trusts it). */
  readonly confirmed?: boolean;
}
