import * as React from "react";
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { USER_ROLES, type UserRole } from "../../../core/results";
import type { ResultColumnPreview } from "../../types";
import { useResultsPanelStyles } from "./useResultsPanelStyles.styles";

export interface KeyFields {
  readonly assessment: string;
  readonly subject: string;
  readonly grade: string;
  readonly year: string;
}

export interface ResultColumnsProps {
  /** The columns of a table that read no school, each with the guessed role (empty: nothing to ask). */
  readonly columns: readonly ResultColumnPreview[];
  readonly onRoleChange: (index: number, role: UserRole) => void;
  readonly fields: KeyFields;
  readonly onFieldsChange: (fields: KeyFields) => void;
  /** Re-read the table with these roles and fields. */
  readonly onApply: () => void;
  readonly disabled: boolean;
}

const ROLES = Object.entries(USER_ROLES) as [UserRole, { label: string }][];

function shortHeader(header: string, index: number): string {
  const h = header.replace(/\s+/g, " ").trim();
  return `Столбец ${index + 1}: ${h.length > 40 ? `${h.slice(0, 38)}…` : h}`;
}

/**
 * The assessment fields beside the recognised table, and — when no school was read — a role for every column,
 * prefilled with the best guess. The mapping the user makes is saved with the document for the next paste.
 */
export function ResultColumns(props: ResultColumnsProps): React.JSX.Element {
  const styles = useResultsPanelStyles();
  const { fields } = props;
  const field = (key: keyof KeyFields, label: string, hint: string) => (
    <Field label={label} hint={hint}>
      <Input value={fields[key]} disabled={props.disabled} onChange={(_, d) => props.onFieldsChange({ ...fields, [key]: d.value })} />
    </Field>
  );
  return (
    <section className={styles.root} aria-label="Что в таблице">
      {props.columns.length > 0 && (
        <>
          <Text weight="semibold">Столбцы таблицы</Text>
          <Text size={200}>Школы не прочитаны. Укажите, что в каких столбцах (предложена догадка), и разберите таблицу заново.</Text>
          {props.columns.map((c) => (
            <Field key={c.index} label={shortHeader(c.header, c.index)} hint={c.reasons || undefined}>
              <Select value={c.role} disabled={props.disabled} onChange={(_, d) => props.onRoleChange(c.index, d.value as UserRole)}>
                {ROLES.map(([role, r]) => (
                  <option key={role} value={role}>
                    {r.label}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </>
      )}
      <Text size={200}>Если работа, предмет, класс или год определены неверно или не определены, укажите их:</Text>
      {field("assessment", "Работа", "ВПР, ОГЭ, ЕГЭ…")}
      {field("subject", "Предмет", "например, Русский язык")}
      {field("grade", "Класс", "1–11")}
      {field("year", "Год", "ГГГГ")}
      <Button disabled={props.disabled} onClick={props.onApply}>
        Разобрать заново с этими данными
      </Button>
    </section>
  );
}
