import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import type { ColumnChoice, ColumnRole, DeadlinePart } from "../../../core/roadmap/types";
import type { ColumnRolesProps } from "./ColumnRoles.types";
import { useColumnRolesStyles } from "./useColumnRolesStyles.styles";

export const ROLE_LABELS: readonly { role: ColumnRole; label: string }[] = [
  { role: "number", label: "№" },
  { role: "activity", label: "Мероприятие" },
  { role: "deadline", label: "Сроки" },
  { role: "responsible", label: "Ответственные" },
  { role: "result", label: "Результат" },
  { role: "indicator", label: "Показатель" },
  { role: "reportForm", label: "Форма отчётности" },
  { role: "other", label: "Другое" },
];

/** A deadline written over several columns: the user may say which part a column holds. */
const PART_CHOICES: readonly { choice: ColumnChoice; label: string }[] = [
  { choice: "deadline:start", label: "Сроки — начало" },
  { choice: "deadline:end", label: "Сроки — окончание" },
  { choice: "deadline:period", label: "Сроки — период плана-графика" },
  { choice: "deadline:occurrence", label: "Сроки — одна из нескольких дат" },
];

/** A deadline written over several columns: what this column holds of it. */
const PART_HINTS: Readonly<Record<DeadlinePart, string>> = {
  start: "Срок: начало (вместе со столбцом окончания)",
  end: "Срок: окончание (вместе со столбцом начала)",
  period: "Срок: период плана-графика (отметка в ячейке — мероприятие в этом периоде)",
  occurrence: "Срок: одна из дат (столбцы с одинаковым заголовком)",
};

function shortHeader(header: string, index: number): string {
  const h = header.replace(/\s+/g, " ").trim();
  const name = h.length > 40 ? `${h.slice(0, 38)}…` : h;
  return `Столбец ${index + 1}${name ? `: ${name}` : ""}`;
}

/** The columns as detected, each with its role; changing one re-runs the analysis with the user's roles. */
export function ColumnRoles({ columns, onChange, disabled }: ColumnRolesProps): React.JSX.Element | null {
  const styles = useColumnRolesStyles();
  if (columns.length === 0) return null;
  return (
    <section className={styles.root} aria-label="Столбцы таблицы">
      <Text weight="semibold">Столбцы таблицы</Text>
      <Text size={200}>Если роль столбца определена неверно, выберите другую — таблица будет разобрана заново.</Text>
      {columns.map((c) => (
        <Field
          key={c.index}
          label={shortHeader(c.header, c.index)}
          className={styles.field}
          {...(c.part && c.role === "deadline" ? { hint: PART_HINTS[c.part] } : {})}
        >
          <Select
            value={c.part && c.role === "deadline" ? `deadline:${c.part}` : c.role}
            disabled={disabled}
            onChange={(_, d) => onChange(c.index, d.value as ColumnChoice)}
          >
            {ROLE_LABELS.map((r) => (
              <option key={r.role} value={r.role}>
                {r.label}
              </option>
            ))}
            {PART_CHOICES.map((p) => (
              <option key={p.choice} value={p.choice}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </section>
  );
}
