/** Stable sheet keys for one roadmap: a re-import of the same table updates these sheets, another table gets its own. */
export interface SheetKeys {
  readonly slug: string;
  readonly activities: string;
  readonly findings: string;
  readonly directory: string;
  readonly original: string;
  readonly tablePrefix: string;
  readonly asOfName: string;
}

/** FNV-1a: tiny, deterministic, no crypto dependency in the core. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0").slice(0, 7);
}

/** The identity of a roadmap: its title and header, not its content (which the user may fix and re-import). */
export function roadmapSheetKeys(title: string, headers: readonly string[]): SheetKeys {
  return sheetKeysOf(shortHash(`${title.trim().toLowerCase()}|${headers.join("|").toLowerCase()}`));
}

/** The keys of a roadmap's sheets from its slug (as found again in a workbook by the sheets' markers). */
export function sheetKeysOf(slug: string): SheetKeys {
  return {
    slug,
    activities: `rm${slug}.activities`,
    findings: `rm${slug}.findings`,
    directory: `rm${slug}.directory`,
    original: `rm${slug}.original`,
    tablePrefix: `RM_${slug}_`,
    asOfName: `AsOfDate_${slug}`,
  };
}
