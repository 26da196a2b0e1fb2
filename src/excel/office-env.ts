/**
 * The few Office.js entry points the edge uses, behind one interface so that tests (and the
 * in-page stand-in of the browser test) pass a fake, and the add-in passes the real globals.
 */
export interface OfficeEnv {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.document.settings, when running inside Office. */
  settings(): Office.Settings | undefined;
  /** Excel.createWorkbook (ExcelApi 1.8). */
  createWorkbook?(base64: string): Promise<void>;
}

interface OfficeGlobals {
  Excel?: { run: OfficeEnv["run"]; createWorkbook?: (b: string) => Promise<void> };
  Office?: {
    context?: {
      requirements?: { isSetSupported(n: string, v?: string): boolean };
      document?: { settings?: Office.Settings };
    };
  };
}

export class OfficeUnavailableError extends Error {
  constructor() {
    super("Надстройка открыта вне Excel: откройте её из Excel (вкладка «Главная» → «Монитор дорожных карт»).");
    this.name = "OfficeUnavailableError";
  }
}

/** The real host: reads `Excel` and `Office` from the page lazily, after Office.onReady. */
export function globalOfficeEnv(scope: unknown = globalThis): OfficeEnv {
  const g = () => scope as OfficeGlobals;
  return {
    run: (batch) => {
      const excel = g().Excel;
      if (!excel) return Promise.reject(new OfficeUnavailableError());
      return excel.run(batch);
    },
    isSetSupported: (name, version) => g().Office?.context?.requirements?.isSetSupported(name, version) ?? false,
    settings: () => g().Office?.context?.document?.settings,
    createWorkbook: (b64) => {
      const create = g().Excel?.createWorkbook;
      return create ? create(b64) : Promise.reject(new OfficeUnavailableError());
    },
  };
}
