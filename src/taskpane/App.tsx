/**
 * The task pane: header, (web page only) the file bar, the steps, and one panel per step.
 * Inside Excel it works on the open workbook; in a browser on an .xlsx file the user opens.
 * Every piece of work goes through the app layer's use cases (src/app).
 */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import type { RecognizedSheet } from "../app/recognize";
import { STEPS, type Step } from "../app/steps";
import type { SheetInfo } from "../domain/sheet/types";
import type { WorkbookPort } from "../workbook/port";
import { AllocatePanel } from "./components/AllocatePanel";
import { ApprovePanel } from "./components/ApprovePanel";
import { ConvertPanel } from "./components/ConvertPanel";
import { DisclosePanel } from "./components/DisclosePanel";
import { FileBar } from "./components/FileBar";
import { Header } from "./components/Header";
import { QuickTools } from "./components/QuickTools";
import { QuotaPanel } from "./components/QuotaPanel";
import { ReconcilePanel } from "./components/ReconcilePanel";
import { RecognizePanel } from "./components/RecognizePanel";
import { Status } from "./components/Status";
import { StepNav } from "./components/StepNav";
import { StepPanel } from "./components/StepPanel";
import { ValidatePanel } from "./components/ValidatePanel";
import { resultFileName, type Host } from "./host";
import { I18nContext, STRINGS, storedLang, storeLang, useI18n, type I18n, type Lang } from "./i18n";
import { TaskProvider, useTask } from "./task";

const useStyles = makeStyles({
  root: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  nav: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  connecting: { paddingTop: tokens.spacingVerticalM },
});

/** The workbook the pane works on. `version` changes whenever another workbook is opened. */
interface Book {
  port: WorkbookPort;
  name: string;
  /** The file's own name on the web page ("DS ung ho.xlsx"); null inside Excel. */
  fileName: string | null;
  sheets: SheetInfo[];
  version: number;
}

export interface AppProps {
  host: Host;
  /** Starting language; the language chosen last time on this computer otherwise. */
  lang?: Lang;
}

export function App(props: AppProps) {
  const [lang, setLangState] = useState<Lang>(() => props.lang ?? storedLang());
  const i18n = useMemo<I18n>(
    () => ({
      lang,
      t: STRINGS[lang],
      setLang: (l: Lang) => {
        setLangState(l);
        storeLang(l);
      },
    }),
    [lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const [book, setBook] = useState<Book | null>(null);
  const [dirty, setDirty] = useState(false);
  const bookRef = useRef(book);
  bookRef.current = book;

  // After each task: the sheet list may have changed (Nhật ký, output sheets).
  const afterTask = useCallback((options: { writes?: boolean }) => {
    const current = bookRef.current;
    if (!current) return;
    if (options.writes) setDirty(true);
    current.port.listSheets().then(
      (sheets) => setBook((b) => (b && b.version === current.version ? { ...b, sheets } : b)),
      () => undefined,
    );
  }, []);

  return (
    <I18nContext.Provider value={i18n}>
      <TaskProvider onDone={afterTask}>
        <Pane host={props.host} book={book} setBook={setBook} dirty={dirty} setDirty={setDirty} />
      </TaskProvider>
    </I18nContext.Provider>
  );
}

let versions = 0;

/** A File's bytes (FileReader where File.arrayBuffer is missing: older Office web views). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

async function describeBook(port: WorkbookPort, name: string, fileName: string | null): Promise<Book> {
  return { port, name, fileName, sheets: await port.listSheets(), version: ++versions };
}

function Pane(props: { host: Host; book: Book | null; setBook(b: Book | null): void; dirty: boolean; setDirty(d: boolean): void }) {
  const { host, book, setBook, dirty, setDirty } = props;
  const { t } = useI18n();
  const { run, busy, showError } = useTask();
  const s = useStyles();
  const [stepId, setStepId] = useState<Step["id"]>("input");
  const [recognized, setRecognized] = useState<RecognizedSheet[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const web = host.kind === "web";

  // Inside Excel: connect to the open workbook once.
  useEffect(() => {
    if (host.kind !== "excel") return;
    void run(async () => setBook(await describeBook(await host.workbook(), "Excel", null)));
  }, [host]);

  // Web page: warn before leaving with changes that were not downloaded.
  useEffect(() => {
    if (!web || !dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t.leaveWarning;
      return t.leaveWarning;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [web, dirty, t]);

  const adopt = (next: Book) => {
    setBook(next);
    setRecognized(null);
    setDirty(false);
  };

  const openFile = async (file: File) => {
    if (host.kind !== "web") return;
    if (!/\.xlsx$/i.test(file.name)) {
      showError(t.notXlsx(file.name));
      return;
    }
    const res = await run(async () => describeBook(await host.files.open(await readBytes(file), file.name), file.name, file.name));
    if (res.ok) adopt(res.value);
  };

  const openSample = async () => {
    if (host.kind !== "web") return;
    const res = await run(async () => describeBook(await host.files.sample(), t.sampleName, "so-mau.xlsx"));
    if (res.ok) adopt(res.value);
  };

  const download = async () => {
    if (host.kind !== "web" || !book) return;
    const res = await run(() => host.files.save(book.port));
    if (!res.ok) return;
    const blob = new Blob([res.value as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = resultFileName(book.fileName ?? "so.xlsx");
    a.rel = "noopener";
    document.body.appendChild(a);
    a.click();
    a.remove();
    // The browser has taken the data once the click is handled; free it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    setDirty(false);
  };

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");
  const dropHandlers = web
    ? {
        onDragOver: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          if (!dragging) setDragging(true);
        },
        onDragLeave: (e: DragEvent) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(false);
          const f = e.dataTransfer.files?.[0];
          if (f && !busy) void openFile(f);
        },
      }
    : {};

  const userSheets = useMemo(() => (book ? book.sheets.filter((x) => !x.owned && x.visible).map((x) => x.name) : []), [book]);
  const port = book?.port ?? null;

  return (
    <div className={s.root} data-testid="app" data-mode={host.kind} {...dropHandlers}>
      <Header />
      {web ? (
        <FileBar
          file={book ? { name: book.name, sheets: userSheets.length } : null}
          dirty={dirty}
          busy={busy}
          dragging={dragging}
          onOpen={(f) => void openFile(f)}
          onSample={() => void openSample()}
          onDownload={() => void download()}
        />
      ) : null}
      <nav className={s.nav}>
        <StepNav steps={STEPS} selected={stepId} onSelect={setStepId} />
      </nav>
      <main className={s.main}>
        <Status />
        {host.kind === "excel" && !book && busy ? <Spinner className={s.connecting} size="small" label={t.connecting} /> : null}
        {STEPS.map((step, i) => (
          <StepPanel key={step.id} step={step} index={i} total={STEPS.length} hidden={step.id !== stepId}>
            {step.id === "input" ? (
              <>
                <RecognizePanel key={`r${book?.version ?? 0}`} port={port} results={recognized} onResults={setRecognized} />
                <ConvertPanel key={`c${book?.version ?? 0}`} host={host.kind} port={port} sheets={userSheets} recognized={recognized} />
                <QuickTools />
              </>
            ) : step.id === "validate" ? (
              <ValidatePanel key={`v${book?.version ?? 0}`} host={host.kind} port={port} sheets={userSheets} />
            ) : step.id === "quota" ? (
              <QuotaPanel key={`q${book?.version ?? 0}`} port={port} />
            ) : step.id === "reconcile" ? (
              <ReconcilePanel key={`rc${book?.version ?? 0}`} host={host.kind} port={port} sheets={userSheets} />
            ) : step.id === "disclose" ? (
              <DisclosePanel key={`d${book?.version ?? 0}`} host={host.kind} port={port} />
            ) : step.id === "allocate" ? (
              <AllocatePanel key={`a${book?.version ?? 0}`} port={port} />
            ) : step.id === "approve" ? (
              <ApprovePanel key={`p${book?.version ?? 0}`} port={port} />
            ) : null}
          </StepPanel>
        ))}
      </main>
    </div>
  );
}
