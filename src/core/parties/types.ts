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
  /** «по согласованию», «по согласованию с ИРО», «при наличии»: shown beside the name, not part of it. */
  readonly qualifier?: string;
  /** «Методист РМК Сафонова Т.Н.»: the post of the person who is the party. */
  readonly role?: string;
  /** «Управление образования администрации района (далее – УО)»: the long name of a party named by its short one. */
  readonly fullName?: string;
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
