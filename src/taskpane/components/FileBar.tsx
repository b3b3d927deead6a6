/**
 * The web shell's file bar: open an .xlsx (button or drag and drop), try the sample workbook,
 * download the workbook with what the steps wrote. Nothing leaves the computer.
 */
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowDownload20Regular, BookOpen20Regular, DocumentTable24Regular, FolderOpen20Regular, ShieldLock16Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useI18n } from "../i18n";

export const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "center",
  },
  dropActive: {
    border: `1px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  dropIcon: { color: tokens.colorBrandForeground1, fontSize: "32px" },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, justifyContent: "center" },
  file: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  fileIcon: { color: tokens.colorBrandForeground1, flexShrink: 0, fontSize: "24px" },
  fileText: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  fileName: {
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  grow: { flexGrow: 1 },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  privacy: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
});

export interface FileBarProps {
  /** The open workbook's display name and user-sheet count, or null before one is open. */
  file: { name: string; sheets: number } | null;
  dirty: boolean;
  busy: boolean;
  dragging: boolean;
  onOpen(file: File): void;
  onSample(): void;
  onDownload(): void;
}

export function FileBar(props: FileBarProps) {
  const { t } = useI18n();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);

  const picker = (
    <input
      ref={input}
      type="file"
      accept={XLSX_ACCEPT}
      hidden
      data-testid="file-input"
      aria-label={t.openFile}
      onChange={(e) => {
        const f = e.currentTarget.files?.[0];
        // Reset so that choosing the same file again still reads it (after an edit elsewhere).
        e.currentTarget.value = "";
        if (f) props.onOpen(f);
      }}
    />
  );

  if (!props.file) {
    return (
      <section className={s.bar} aria-label={t.webMode} data-testid="file-bar">
        {picker}
        <div className={mergeClasses(s.drop, props.dragging && s.dropActive)} data-testid="drop-zone">
          <DocumentTable24Regular className={s.dropIcon} />
          <Text weight="semibold">{props.dragging ? t.dropHere : t.dropHint}</Text>
          <div className={s.buttons}>
            <Button appearance="primary" icon={<FolderOpen20Regular />} disabled={props.busy} onClick={() => input.current?.click()} data-testid="open-file">
              {t.openFile}
            </Button>
            <Button appearance="secondary" icon={<BookOpen20Regular />} disabled={props.busy} onClick={props.onSample} data-testid="use-sample">
              {t.useSample}
            </Button>
          </div>
          <Caption1 className={s.muted}>{t.noFile}</Caption1>
        </div>
        <Caption1 className={s.privacy}>
          <ShieldLock16Regular />
          {t.privacy}
        </Caption1>
      </section>
    );
  }

  return (
    <section className={mergeClasses(s.bar, props.dragging && s.dropActive)} aria-label={t.webMode} data-testid="file-bar">
      {picker}
      <div className={s.file}>
        <DocumentTable24Regular className={s.fileIcon} />
        <div className={s.fileText}>
          <Text className={s.fileName} title={props.file.name} data-testid="file-name">
            {props.file.name}
          </Text>
          <Caption1 className={s.muted}>
            {t.sheetCount(props.file.sheets)}
            {props.dirty ? (
              <span className={s.dirty} data-testid="unsaved">
                {" · "}
                {t.unsaved}
              </span>
            ) : null}
          </Caption1>
        </div>
      </div>
      <div className={s.row}>
        <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={props.busy} onClick={props.onDownload} data-testid="download">
          {t.download}
        </Button>
        <span className={s.grow} />
        <Tooltip content={t.openFile} relationship="description" withArrow>
          <Button appearance="subtle" size="small" disabled={props.busy} onClick={() => input.current?.click()} data-testid="open-file">
            {t.openShort}
          </Button>
        </Tooltip>
        <Tooltip content={t.useSample} relationship="description" withArrow>
          <Button appearance="subtle" size="small" disabled={props.busy} onClick={props.onSample} data-testid="use-sample">
            {t.sampleShort}
          </Button>
        </Tooltip>
      </div>
    </section>
  );
}
