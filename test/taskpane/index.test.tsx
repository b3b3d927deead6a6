/** @jest-environment jsdom */
import "./setup";
// DOM-only queries: index.tsx is loaded in an isolated module registry, with its own React.
import { screen, waitFor } from "@testing-library/dom";
import { generateCampaign } from "../../src/app/sample";
import { darkTheme, isDarkColor, lightTheme, officeTheme } from "../../src/taskpane/theme";
import { silenceOfficeTelemetry } from "../../src/taskpane/officeQuiet";
import { MemoryWorkbook } from "./memoryPort";

const mockExcelBook = new MemoryWorkbook();
for (const doc of generateCampaign({ householdsPerHamlet: 2, staffPerUnit: 2 }).sheets) mockExcelBook.addUserSheet(doc);

jest.mock("../../src/app/hosts", () => ({
  openExcelWorkbook: async () => mockExcelBook,
  loadFileTools: async () => {
    throw new Error("not in this test");
  },
}));

type OfficeFake = { onReady(cb: (info: { host: string | null; platform: string | null }) => void): Promise<unknown>; HostType: { Excel: string }; context?: unknown };

function setOffice(office: OfficeFake | undefined): void {
  (globalThis as { Office?: unknown }).Office = office;
}

function officeFake(host: string | null, background?: string): OfficeFake {
  return {
    HostType: { Excel: "Excel" },
    context: { officeTheme: background ? { bodyBackgroundColor: background } : undefined },
    onReady(cb) {
      cb({ host, platform: host ? "PC" : null });
      return Promise.resolve({ host, platform: null });
    },
  };
}

// Each start() evaluates the whole page afresh (React, Fluent UI, every panel): seconds, not ms.
jest.setTimeout(30_000);

// Not inside act(): React renders on its own schedule and the queries below wait for it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

async function start(): Promise<void> {
  document.body.innerHTML = '<div id="container"></div>';
  jest.isolateModules(() => {
    // index.tsx runs on load: isolateModules needs a synchronous require to run it afresh.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/taskpane/index");
  });
}

afterEach(() => {
  setOffice(undefined);
  delete (window as { OSF?: unknown }).OSF;
});

test("without office.js (offline file, blocked script) the page starts in web mode", async () => {
  setOffice(undefined);
  await start();
  expect((await screen.findByTestId("app")).getAttribute("data-mode")).toBe("web");
  expect(screen.getByTestId("file-bar")).toBeTruthy();
});

test("Office.onReady with no host: web mode, and office.js's telemetry frame switched off", async () => {
  const uls = { proxyFrame: null, buffer: ["x"], loadProxyFrame: jest.fn(), writeLog: jest.fn() };
  (window as { OSF?: unknown }).OSF = { Logger: { ulsEndpoint: uls } };
  const original = uls.loadProxyFrame;
  setOffice(officeFake(null));
  await start();
  expect((await screen.findByTestId("app")).getAttribute("data-mode")).toBe("web");
  uls.loadProxyFrame();
  expect(original).not.toHaveBeenCalled();
  expect(uls.buffer).toEqual([]);
});

test("Office.onReady in Excel: the pane works on the open workbook, no file bar", async () => {
  setOffice(officeFake("Excel", "#262626"));
  await start();
  expect((await screen.findByTestId("app")).getAttribute("data-mode")).toBe("excel");
  expect(screen.queryByTestId("file-bar")).toBeNull();
  await waitFor(() => expect((screen.getByTestId("recognize-run") as HTMLButtonElement).disabled).toBe(false));
});

test("officeTheme follows Office's theme, light where there is none", () => {
  setOffice(officeFake("Excel", "#262626"));
  expect(officeTheme()).toBe(darkTheme);
  setOffice(officeFake("Excel", "#FFFFFF"));
  expect(officeTheme()).toBe(lightTheme);
  setOffice(officeFake("Excel"));
  expect(officeTheme()).toBe(lightTheme);
  setOffice(undefined);
  expect(officeTheme()).toBe(lightTheme);
});

test("isDarkColor follows Office's body background", () => {
  expect(isDarkColor("#262626")).toBe(true);
  expect(isDarkColor("#FFFFFF")).toBe(false);
  expect(isDarkColor("ffffff")).toBe(false);
  expect(isDarkColor(undefined)).toBe(false);
  expect(isDarkColor("not a colour")).toBe(false);
});

test("silenceOfficeTelemetry removes a frame already loaded and tolerates a missing OSF", () => {
  expect(silenceOfficeTelemetry()).toBe(false);
  const frame = document.createElement("iframe");
  document.head.appendChild(frame);
  const uls: { proxyFrame: HTMLIFrameElement | null; loadProxyFrame(): void } = { proxyFrame: frame, loadProxyFrame: () => document.head.appendChild(document.createElement("iframe")) };
  (window as { OSF?: unknown }).OSF = { Logger: { ulsEndpoint: uls } };
  expect(silenceOfficeTelemetry()).toBe(true);
  uls.loadProxyFrame();
  expect(document.querySelectorAll("iframe").length).toBe(0);
  expect(uls.proxyFrame).toBeNull();
});
