export interface OutsideOfficeProps {
  /**
   * Why the pane cannot work: "no-office" (opened in a plain browser) or "wrong-host" (Word, PowerPoint…).
   * @default "no-office"
   */
  readonly reason?: "no-office" | "wrong-host";
}
