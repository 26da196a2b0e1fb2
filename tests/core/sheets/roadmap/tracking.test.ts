import { readDateText, readTracking, ACTIVITY_HEADERS, roadmapSheetKeys } from "../../../../src/core/sheets/roadmap";

describe("reading the user's edits back", () => {
  const header: string[] = Object.values(ACTIVITY_HEADERS);
  const col = (name: string) => header.indexOf(name);
  function row(values: Record<string, string>): string[] {
    const r = header.map(() => "");
    for (const [k, v] of Object.entries(values)) r[col(k)] = v;
    return r;
  }

  it("finds the header anywhere and reads status, dates and notes by id", () => {
    const values = [
      ["Дорожная карта"],
      [],
      ["строка, вставленная пользователем"],
      header,
      row({ ID: "1.1", Статус: "выполнено", "Дата выполнения": "15.02.2024", Подтверждение: "Приказ № 5", Примечание: "ок" }),
      row({ ID: "1.2", Статус: "Неизвестно", Окончание: "2024-05-31" }),
      row({ ID: "" }),
    ];
    const t = readTracking(values);
    expect(t.size).toBe(2);
    expect(t.get("1.1")).toMatchObject({ status: "выполнено", doneDate: "2024-02-15", evidence: "Приказ № 5", note: "ок" });
    expect(t.get("1.2")?.status).toBeUndefined();
    expect(t.get("1.2")?.end).toBe("2024-05-31");
  });

  it("returns nothing for a sheet that is not ours", () => {
    expect(readTracking([["a", "b"], ["1", "2"]]).size).toBe(0);
  });

  it.each([
    ["05.03.2024", "2024-03-05"],
    ["5.3.2024", "2024-03-05"],
    ["2024-03-05", "2024-03-05"],
    ["45356", "2024-03-05"],
    ["в марте", undefined],
  ])("reads date %j", (text, iso) => {
    expect(readDateText(text)).toBe(iso);
  });

  it("gives the same keys to the same table and different keys to another", () => {
    const a = roadmapSheetKeys("Дорожная карта на 2024-2026 годы", ["№", "Мероприятие", "Сроки"]);
    expect(roadmapSheetKeys("Дорожная карта на 2024-2026 годы", ["№", "Мероприятие", "Сроки"])).toEqual(a);
    expect(roadmapSheetKeys("План мероприятий на 2022 год", ["№", "Мероприятие", "Сроки"]).slug).not.toBe(a.slug);
    expect(a.activities).toMatch(/^[a-z][a-zA-Z0-9_.-]*$/);
  });
});
