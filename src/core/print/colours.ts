/**
 * Colours that mean what they say, for chart series and status highlights: overdue red, done green, in
 * progress amber, planned / not yet due grey; result measures in calm blues (not red: red reads as «bad»).
 * Chosen by the series' Russian label, so every builder's chart gets them without naming colours itself.
 */
export const STATUS_COLOURS = {
  overdue: "#C00000",
  done: "#00B050",
  inProgress: "#FFC000",
  planned: "#A6A6A6",
  quality: "#2F5597",
  success: "#8FAADC",
} as const;

const BY_LABEL: readonly [RegExp, string][] = [
  [/просроч|не выполнен|срок истёк|срок истек/i, STATUS_COLOURS.overdue],
  [/^выполнен|^исполнен|^сделано/i, STATUS_COLOURS.done],
  [/в работе|выполняется|в процессе|начат/i, STATUS_COLOURS.inProgress],
  [/не наступил|запланир|не начат|план/i, STATUS_COLOURS.planned],
  [/качеств/i, STATUS_COLOURS.quality],
  [/успеваем/i, STATUS_COLOURS.success],
];

/** Colour for a series or status label; undefined leaves the chart's own palette. */
export function colourForLabel(label: string): string | undefined {
  const text = label.trim();
  return BY_LABEL.find(([re]) => re.test(text))?.[1];
}
