/**
 * "Xác nhận cột": the header rows of a contribution list and, per field, the column it is in.
 * Shown open where the check was not sure of its reading (or found no list in a chosen sheet),
 * and on request for any list, so a wrong guess can be corrected. Saving is the caller's.
 */
import { Badge, Button, Caption1, Input, Label, makeStyles, mergeClasses, Select, Text, tokens } from "@fluentui/react-components";
import { Save16Regular, TableEdit20Regular, Warning12Filled } from "@fluentui/react-icons";
import { Fragment, useEffect, useId, useMemo, useState } from "react";
import { CONTRIBUTION_FIELDS } from "../../app/mapping";
import type { ConfirmedMapping } from "../../domain/sheet/headers";
import type { CellValue, Grid } from "../../domain/sheet/types";
import type { WorkbookPort } from "../../workbook/port";
import { columnIndex, columnLetter, headerRowsText, parseHeaderRows } from "../columns";
import { fieldName, useI18n, type Lang, type Strings } from "../i18n";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  unsure: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`, backgroundColor: tokens.colorPaletteYellowBackground1 },
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: "auto" },
  about: { color: tokens.colorNeutralForeground2 },
  headerRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  headerInput: { width: "96px", minWidth: 0 },
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.35fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "4px",
    alignItems: "center",
  },
  label: { fontSize: tokens.fontSizeBase200, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  required: { color: tokens.colorPaletteRedForeground1, marginLeft: "2px" },
  select: { minWidth: 0 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, paddingTop: "2px" },
});

export type MappingMode = "unsure" | "edit" | "manual";

export interface MappingCardProps {
  port: WorkbookPort;
  sheet: string;
  headerRows: number[];
  mapping: Record<string, string>;
  mode: MappingMode;
  busy: boolean;
  onSave(confirmed: ConfirmedMapping): void;
  onCancel?(): void;
  /**
   * The fields to map, with their labels in the pane's language; a contribution list's by default.
   * (A statement passes its own: date, description, credit or amount, balance, …)
   */
  fields?: readonly MappingField[];
  /** A further reason the mapping cannot be saved yet (e.g. "a credit or an amount column"). */
  extraProblem?(mapping: Record<string, string>): string | null;
}

export interface MappingField {
  field: string;
  label: string;
  required: boolean;
}

/** Columns offered when the sheet cannot be read for its width. */
const FALLBACK_WIDTH = 26;
const LABEL_LENGTH = 28;

function cellText(v: CellValue | undefined): string {
  return typeof v === "string" ? v.replace(/\s+/g, " ").trim() : typeof v === "number" ? String(v) : "";
}

/**
 * Each column's header as typed, over one or two header rows: the lower (more precise) text,
 * and the whole ("Nội dung ủng hộ › Tiền") for a tooltip.
 */
function headerLabels(grid: Grid, rows: number[], width: number): { short: string; full: string }[] {
  const at = (r: number, c: number) => cellText(grid.values[r - grid.origin.row]?.[c - grid.origin.col]);
  const clip = (text: string) => (text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text);
  const out: { short: string; full: string }[] = [];
  let group = "";
  for (let c = 1; c <= width; c++) {
    const parts = rows.map((r) => at(r, c));
    if (rows.length === 2) {
      // A merged group cell holds its text in its first column only.
      if (parts[0]) group = parts[0];
      else if (parts[1]) parts[0] = group;
      else group = "";
    }
    const distinct = parts.filter((p, i) => p && parts.indexOf(p) === i);
    out.push({ short: clip(distinct[distinct.length - 1] ?? ""), full: distinct.join(" › ") });
  }
  return out;
}

function gridWidth(grid: Grid): number {
  return grid.origin.col - 1 + grid.values.reduce((w, r) => Math.max(w, r.length), 0);
}

export function contributionFieldLabel(lang: Lang, field: string): string {
  return lang === "vi" ? (CONTRIBUTION_FIELDS.find((f) => f.field === field)?.label ?? field) : fieldName(lang, field, "contributions");
}

/** What stops the mapping from being saved, in words; null when it can be. */
function problemOf(t: Strings, fields: readonly MappingField[], label: (field: string) => string, headerRows: number[] | null, mapping: Record<string, string>): string | null {
  if (!headerRows) return t.badHeaderRows;
  const missing = fields.find((f) => f.required && !mapping[f.field]);
  if (missing) return t.needColumn(label(missing.field));
  const seen = new Map<string, string>();
  for (const f of fields) {
    const col = mapping[f.field];
    if (!col) continue;
    const other = seen.get(col);
    if (other) return t.sameColumn(col, label(other), label(f.field));
    seen.set(col, f.field);
  }
  return null;
}

export function MappingCard(props: MappingCardProps) {
  const { lang, t } = useI18n();
  const s = useStyles();
  const id = useId();
  const [rowsText, setRowsText] = useState(headerRowsText(props.headerRows));
  const [mapping, setMapping] = useState<Record<string, string>>(() => ({ ...props.mapping }));
  const [grid, setGrid] = useState<Grid | null>(null);
  const [unreadable, setUnreadable] = useState(false);

  // The sheet itself, once: how wide it is, and what its header cells say.
  useEffect(() => {
    let alive = true;
    props.port.readSheet(props.sheet).then(
      (g) => alive && setGrid(g),
      () => alive && setUnreadable(true),
    );
    return () => {
      alive = false;
    };
  }, [props.port, props.sheet]);

  const headerRows = parseHeaderRows(rowsText);
  const mapped = Math.max(0, ...Object.values(mapping).map(columnIndex));
  const width = Math.max(mapped, grid ? gridWidth(grid) : unreadable ? FALLBACK_WIDTH : 0, 1);
  const labels = useMemo(() => (grid && headerRows ? headerLabels(grid, headerRows, width) : []), [grid, rowsText, width]);
  const letters = useMemo(() => Array.from({ length: width }, (_, i) => columnLetter(i + 1)), [width]);
  const fields = props.fields ?? CONTRIBUTION_FIELDS;
  const labelOf = (field: string) => (props.fields ? (props.fields.find((f) => f.field === field)?.label ?? field) : contributionFieldLabel(lang, field));
  const problem = problemOf(t, fields, labelOf, headerRows, mapping) ?? props.extraProblem?.(mapping) ?? null;

  const about = props.mode === "unsure" ? t.confirmAboutUnsure(props.sheet) : props.mode === "manual" ? t.confirmAboutManual(props.sheet) : t.confirmAboutEdit(props.sheet);

  const save = () => {
    if (!headerRows || problem) return;
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, col]) => col));
    props.onSave({ headerRows, mapping: chosen });
  };

  return (
    <div className={mergeClasses(s.card, props.mode !== "edit" && s.unsure)} data-testid="mapping-card" data-sheet={props.sheet} data-mode={props.mode}>
      <div className={s.top}>
        <TableEdit20Regular className={s.icon} aria-hidden />
        <Text className={s.title}>{t.confirmTitle}</Text>
        {props.mode !== "edit" ? (
          <Badge appearance="tint" color="warning" shape="rounded" icon={<Warning12Filled />}>
            {t.needsConfirm}
          </Badge>
        ) : null}
      </div>
      <Caption1 className={s.about}>{about}</Caption1>
      <div className={s.headerRow}>
        <Label htmlFor={`${id}-rows`} size="small">
          {t.headerRowsLabel}
        </Label>
        <Input
          id={`${id}-rows`}
          className={s.headerInput}
          size="small"
          value={rowsText}
          placeholder={t.headerRowsPlaceholder}
          onChange={(_, d) => setRowsText(d.value)}
          spellCheck={false}
          data-testid="mapping-header-rows"
        />
      </div>
      <div className={s.fields}>
        {fields.map((f) => {
          const selectId = `${id}-${f.field}`;
          const label = labelOf(f.field);
          return (
            <Fragment key={f.field}>
              <Label htmlFor={selectId} size="small" className={s.label} title={label}>
                {label}
                {f.required ? (
                  <span className={s.required} aria-label={t.requiredMark}>
                    *
                  </span>
                ) : null}
              </Label>
              <Select
                id={selectId}
                className={s.select}
                size="small"
                value={mapping[f.field] ?? ""}
                onChange={(_, d) => setMapping((m) => ({ ...m, [f.field]: d.value }))}
                data-testid="mapping-field"
                data-field={f.field}
              >
                <option value="">{t.noColumn}</option>
                {letters.map((letter, i) => (
                  <option key={letter} value={letter} title={labels[i]?.full || undefined}>
                    {labels[i]?.short ? `${letter} · ${labels[i].short}` : letter}
                  </option>
                ))}
              </Select>
            </Fragment>
          );
        })}
      </div>
      {problem ? (
        <Caption1 className={s.problem} role="status" data-testid="mapping-problem">
          {problem}
        </Caption1>
      ) : null}
      <div className={s.actions}>
        <Button appearance="primary" size="small" icon={<Save16Regular />} disabled={props.busy || Boolean(problem)} onClick={save} data-testid="mapping-save">
          {t.saveMapping}
        </Button>
        {props.onCancel ? (
          <Button appearance="subtle" size="small" disabled={props.busy} onClick={props.onCancel} data-testid="mapping-cancel">
            {t.cancel}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
