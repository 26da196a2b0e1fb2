import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input } from "@fluentui/react-components";
import type { Settings } from "../../../core/indicators";
import { useThresholdsFormStyles } from "./useThresholdsFormStyles.styles";

export interface ThresholdsFormProps {
  readonly value: Settings;
  readonly onChange: (value: Settings) => void;
  readonly disabled?: boolean;
}

/** Shares are kept as 0…1 in the core; the user types percents. */
const FIELDS: readonly { key: keyof Settings; label: string; share: boolean }[] = [
  { key: "failShare", label: "Доля «2», от (%)", share: true },
  { key: "belowDistrictPp", label: "Ниже района на (п. п.)", share: false },
  { key: "loweredShare", label: "Понизили отметку, от (%)", share: true },
  { key: "raisedShare", label: "Повысили отметку, от (%)", share: true },
  { key: "dynamicsBandPp", label: "Порог динамики (± п. п.)", share: false },
];

const shown = (v: number, share: boolean) => String(Math.round((share ? v * 100 : v) * 100) / 100).replace(".", ",");

function parsed(text: string, share: boolean): number | null {
  const n = Number(text.replace(",", ".").replace(/\s|%/g, ""));
  if (!Number.isFinite(n) || n < 0 || n > 100) return null;
  return share ? n / 100 : n;
}

/** Thresholds of the risk flags, saved with the document; an invalid entry is shown, not applied. */
export function ThresholdsForm({ value, onChange, disabled }: ThresholdsFormProps): React.JSX.Element {
  const styles = useThresholdsFormStyles();
  const [draft, setDraft] = React.useState<Record<string, string>>({});
  return (
    <Accordion collapsible>
      <AccordionItem value="thresholds">
        <AccordionHeader size="small">Пороги флагов риска</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {FIELDS.map((f) => {
            const text = draft[f.key] ?? shown(value[f.key], f.share);
            const bad = parsed(text, f.share) === null;
            return (
              <Field
                key={f.key}
                label={f.label}
                className={styles.field}
                validationState={bad ? "error" : "none"}
                validationMessage={bad ? "Введите число от 0 до 100" : undefined}
              >
                <Input
                  inputMode="decimal"
                  value={text}
                  disabled={disabled}
                  onChange={(_, d) => {
                    setDraft((s) => ({ ...s, [f.key]: d.value }));
                    const n = parsed(d.value, f.share);
                    if (n !== null) onChange({ ...value, [f.key]: n });
                  }}
                />
              </Field>
            );
          })}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
