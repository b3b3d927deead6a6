/**
 * Entry point of the task pane page. Inside Excel (Office.onReady reports the Excel host) the
 * pane works on the open workbook; anywhere else (a plain browser, where the host is null, or
 * where office.js could not load at all) it is the web page working on .xlsx files.
 */
// First: before any module that builds a zod schema.
import "./strictCsp";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { setRulesWorkbook } from "../app/functionRules";
import { openExcelWorkbook } from "../app/hosts";
import { App } from "./App";
import type { Host } from "./host";
import { silenceOfficeTelemetry } from "./officeQuiet";
import { lightTheme, officeTheme } from "./theme";
import { appWebFiles } from "./webFiles";

function render(host: Host, theme: Theme): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  document.body.style.margin = "0";
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App host={host} />
    </FluentProvider>,
  );
}

const webHost: Host = { kind: "web", files: appWebFiles };

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  render(webHost, lightTheme);
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      // CHUNGSUC.DINHMUC reads the open workbook's Cấu hình (shared runtime).
      setRulesWorkbook(openExcelWorkbook);
      render({ kind: "excel", workbook: openExcelWorkbook }, officeTheme());
    } else {
      // A plain browser: office.js would otherwise open a frame on Microsoft's telemetry service.
      silenceOfficeTelemetry();
      render(webHost, lightTheme);
    }
  });
}
