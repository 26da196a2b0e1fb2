import type { OfficeEnv } from "./office-env";

/** One document setting holds all of ours, as a JSON object. */
export const SETTINGS_KEY = "roadmapMonitor.settings";

export async function loadSettingsWith(env: OfficeEnv): Promise<Record<string, unknown>> {
  const value = env.settings()?.get(SETTINGS_KEY);
  return value && typeof value === "object" && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
}

export async function saveSettingsWith(env: OfficeEnv, settings: Record<string, unknown>): Promise<void> {
  const store = env.settings();
  if (!store) throw new Error("Настройки сохраняются только в книге Excel: откройте надстройку из Excel.");
  store.set(SETTINGS_KEY, JSON.parse(JSON.stringify(settings)));
  await new Promise<void>((resolve, reject) =>
    store.saveAsync((result) => {
      if (String(result.status) === "failed") {
        reject(new Error(`Не удалось сохранить настройки в книге: ${result.error?.message ?? "неизвестная ошибка"}.`));
      } else resolve();
    }),
  );
}
