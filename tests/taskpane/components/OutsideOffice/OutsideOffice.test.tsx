/** @jest-environment jsdom */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OutsideOffice } from "../../../../src/taskpane/components";

describe("OutsideOffice", () => {
  it("tells the user to open the add-in in Excel", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OutsideOffice />
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { name: "Монитор дорожных карт" })).toBeTruthy();
    expect(screen.getByText("Откройте надстройку в Excel")).toBeTruthy();
    expect(screen.getByText(/в обычном браузере/)).toBeTruthy();
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("names Excel as the only host when opened in Word", () => {
    render(<OutsideOffice reason="wrong-host" />);
    expect(screen.getByText("Эта надстройка работает только в Excel.")).toBeTruthy();
  });
});
