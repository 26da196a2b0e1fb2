import { countRu, finding, formatCountRu, type Finding } from "../findings";

const ROW_FORMS = ["строка", "строки", "строк"] as const;
import type { SourceDocument, SourceTable } from "../table/types";

/** What the product promises to handle; beyond it the user gets a clear Russian message, never a hang. */
export const LIMITS = {
  /** Activity rows of one roadmap table. */
  roadmapRows: 100_000,
  /** Excel's rows per sheet: result rows beyond it cannot have come from one sheet. */
  resultRows: 1_048_576,
  /** Sheets one job may add; Excel has no fixed cap, but hundreds of sheets make a workbook unusable. */
  planSheets: 200,
} as const;

export interface Limited<T> {
  readonly value: T;
  readonly findings: readonly Finding[];
}

function cutTable(table: SourceTable, max: number): SourceTable {
  return table.cells.length <= max ? table : { ...table, cells: table.cells.slice(0, max), boldRows: table.boldRows?.slice(0, max) };
}

/** A roadmap table longer than LIMITS.roadmapRows is cut there, with an error naming the first row left out. */
export function limitRoadmapDocument(doc: SourceDocument, max: number = LIMITS.roadmapRows): Limited<SourceDocument> {
  const findings: Finding[] = [];
  const tables = doc.tables.map((t, index) => {
    if (t.cells.length <= max) return t;
    const firstLeftOut = t.origin.firstRow + max;
    findings.push(
      finding(
        "limit.roadmap-rows",
        "error",
        `Таблица ${index + 1}${t.origin.sheet ? ` («${t.origin.sheet}»)` : ""}: ${countRu(t.cells.length, ROW_FORMS)} — больше допустимых ${formatCountRu(max)}. ` +
          `Обработаны первые ${formatCountRu(max)}; начиная со строки ${formatCountRu(firstLeftOut)} данные не прочитаны. Разделите таблицу на части.`,
        { row: firstLeftOut, sheet: t.origin.sheet },
      ),
    );
    return cutTable(t, max);
  });
  return { value: findings.length ? { ...doc, tables } : doc, findings };
}

/** Result tables together longer than one Excel sheet are cut, with an error naming the table and row. */
export function limitResultTables(tables: readonly SourceTable[], max: number = LIMITS.resultRows): Limited<SourceTable[]> {
  const findings: Finding[] = [];
  let left = max;
  const kept: SourceTable[] = [];
  for (const t of tables) {
    if (left <= 0 || t.cells.length > left) {
      const firstLeftOut = t.origin.firstRow + Math.max(left, 0);
      findings.push(
        finding(
          "limit.result-rows",
          "error",
          `${t.origin.sheet ? `Лист «${t.origin.sheet}»` : "Таблица результатов"}: всего строк результатов больше ${formatCountRu(max)} (предел листа Excel). ` +
            `Строки начиная с ${firstLeftOut} не учтены. Загрузите результаты частями (по предметам или классам).`,
          { row: firstLeftOut, sheet: t.origin.sheet },
        ),
      );
      if (left > 0) kept.push(cutTable(t, left));
      left = 0;
      continue;
    }
    kept.push(t);
    left -= t.cells.length;
  }
  return { value: kept, findings };
}
