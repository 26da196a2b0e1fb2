import { mkdir, stat } from "node:fs/promises";
import * as path from "node:path";
import { parseAsOfArg, parsePeriodArg, type CliValues } from "../args";
import { CliInputError, CliUsageError } from "../errors";
import { readInputDocument } from "../input";
import type { CliIo } from "../io";
import { writeOutputFile } from "../output";
import { programmeTargets } from "./report";
import { schoolsArg, schoolsFromFile } from "../returns-io";
import { runRoadmapJob } from "../../core/pipeline";
import { buildSchoolForm, figuresForTargets, formFileName } from "../../core/returns";
import { renderXlsx } from "../../xlsx";
import { countRu } from "../../core/findings";

const FORMS_WORD = ["форма", "формы", "форм"] as const;
const ACTIVITIES_WORD = ["мероприятие", "мероприятия", "мероприятий"] as const;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}


/**
 * `forms --roadmap FILE [--schools "A; B" | --schools-from FILE] --out DIR`: one monitoring form per school, each
 * holding the activities that school takes part in. Existing forms are kept unless --force.
 */
export async function formsCommand(positionals: string[], values: CliValues, io: CliIo): Promise<number> {
  const roadmapFile = values.roadmap?.[0] ?? positionals[0];
  if (!roadmapFile) throw new CliUsageError("forms: укажите --roadmap ФАЙЛ");
  if (!values.out) throw new CliUsageError("forms: укажите --out ПАПКА для форм школ");
  if (values.schools !== undefined && values["schools-from"] !== undefined)
    throw new CliUsageError("forms: укажите либо --schools, либо --schools-from");
  const schools =
    schoolsArg(values.schools) ?? (values["schools-from"] ? await schoolsFromFile(values["schools-from"]) : null);
  if (!schools)
    throw new CliUsageError(
      'forms: укажите школы: --schools "Школа 1; Школа 2" или --schools-from ФАЙЛ (таблица результатов или список)',
    );

  const asOf = parseAsOfArg(values["as-of"], io.today);
  const document = await readInputDocument(roadmapFile);
  const job = runRoadmapJob({ document, period: parsePeriodArg(values.period), asOf });
  // The programme's targets as the report reads them (--targets, else the order's own list): the school
  // figures they need go on the form's second sheet.
  const targets = await programmeTargets(values.targets, [document], Number(asOf.slice(0, 4)));
  const figures = figuresForTargets(targets.map((t) => t.text));
  const dir = path.resolve(values.out);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliInputError(
      `Не удалось создать папку «${values.out}»: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  const used = new Set<string>();
  const planned = schools.map((school) => ({ school, file: path.join(dir, formFileName(school, used)) }));
  if (!values.force) {
    const taken = [];
    for (const p of planned) if (await exists(p.file)) taken.push(path.basename(p.file));
    if (taken.length)
      throw new CliInputError(
        `В папке «${values.out}» уже есть ${taken.map((t) => `«${t}»`).join(", ")}. Чтобы заменить, добавьте --force.`,
      );
  }
  let empty = 0;
  for (const p of planned) {
    const form = buildSchoolForm({ roadmap: job.roadmap, school: p.school, schools, created: asOf, figures });
    if (!form.activityIds.length) empty++;
    // The CLI's one writer: beside the target, then renamed; never over the roadmap file itself.
    await writeOutputFile({ file: p.file, replace: !!values.force, inputs: [roadmapFile] }, await renderXlsx(form.plan));
    io.err(`Форма: ${path.basename(p.file)} — ${countRu(form.activityIds.length, ACTIVITIES_WORD)}`);
  }
  io.err(`Записано ${countRu(planned.length, FORMS_WORD)} в «${values.out}».`);
  if (empty)
    io.err(
      `Внимание: у ${empty} из ${planned.length} школ нет ни одного мероприятия — в дорожной карте нет ответственных «ОО», «школы» или этих школ по названию.`,
    );
  if (values.json) io.out(JSON.stringify({ forms: planned.map((p) => ({ school: p.school, file: p.file })) }, null, 2));
  return 0;
}
