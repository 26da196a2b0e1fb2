/**
 * The public JSON of DESIGN.md «Headless CLI contract», written out as zod schemas. District scripts
 * parse this output, so these schemas pin it: a renamed or retyped field fails here.
 * Extra fields are allowed (the contract says "add, don't rename").
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const window = z.object({ start: isoDate, end: isoDate });

export const findingSchema = z.object({
  code: z.string().regex(/^[a-z]+(\.[a-z0-9-]+)+$/),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string().regex(/[А-Яа-яЁё]/, "message must be Russian"),
  activityId: z.string().optional(),
  row: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  sheet: z.string().optional(),
});

export const ROLES = ["number", "activity", "deadline", "responsible", "result", "indicator", "reportForm", "other"] as const;
export const DEADLINE_KINDS = ["date", "interval", "recurring", "ongoing", "external", "missing", "unparsed"] as const;

export const deadlineSchema = z.object({
  raw: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  occurrences: z.array(window),
});

/** DESIGN.md lists body | role | person; the parties module adds "school" (an addition, allowed). */
export const partySchema = z.object({ raw: z.string(), name: z.string(), kind: z.enum(["body", "role", "person", "school"]) });

export const activitySchema = z.object({
  id: z.string().min(1),
  number: z.string(),
  section: z.string(),
  text: z.string().min(1),
  deadline: deadlineSchema,
  responsible: z.array(partySchema),
  result: z.string(),
  indicator: z.string(),
  reportForm: z.string(),
  sourceRows: z.array(z.number().int().positive()).min(1),
});

export const roadmapJsonSchema = z.object({
  period: window,
  columns: z.array(z.object({ index: z.number().int().nonnegative(), header: z.string(), role: z.enum(ROLES) })).min(2),
  sections: z.array(z.object({ title: z.string(), activityIds: z.array(z.string()) })),
  activities: z.array(activitySchema),
  findings: z.array(findingSchema),
});
export type RoadmapJson = z.infer<typeof roadmapJsonSchema>;

const rate = z.number().min(0).max(1).nullable();
const marks = z.object({ "2": z.number().int().min(0), "3": z.number().int().min(0), "4": z.number().int().min(0), "5": z.number().int().min(0) });

export const figuresSchema = z.object({
  participants: z.number().int().min(0),
  marks: marks.nullable(),
  successRate: rate,
  qualityRate: rate,
  sou: rate,
  meanMark: z.number().min(2).max(5).nullable(),
  meanScore: z.number().min(0).nullable(),
  belowThresholdShare: rate,
  objectivity: z.object({ lowered: rate, confirmed: rate, raised: rate }).nullable(),
});

export const resultsJsonSchema = z.object({
  assessments: z.array(
    z.object({
      assessment: z.string().nullable(),
      subject: z.string().nullable(),
      grade: z.string().nullable(),
      year: z.string().nullable(),
      schools: z.array(figuresSchema.extend({ school: z.string().min(1), schoolCode: z.string().nullable(), flags: z.array(z.string()) })),
      district: figuresSchema,
      references: z.array(figuresSchema.partial().extend({ name: z.string().min(1) })),
    }),
  ),
  findings: z.array(findingSchema),
});
export type ResultsJson = z.infer<typeof resultsJsonSchema>;
