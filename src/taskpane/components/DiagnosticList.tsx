/**
 * The check's diagnostics by severity: three tiles (Lỗi, Cảnh báo, Đã chuẩn hóa) with their
 * counts act as tabs, errors first; under them a filter and the chosen group's items, each with
 * its cell address. An item is a button: clicking it (or Enter, Space, the arrow keys) shows its
 * cell. Long groups render a page at a time.
 */
import { Button, Caption1, makeStyles, mergeClasses, SearchBox, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { foldForMatching } from "../../app/text";
import type { Diagnostic, Severity } from "../../domain/contributions/types";
import { useI18n } from "../i18n";

/** Items drawn per group before "Xem thêm"; each press draws this many more. */
export const PAGE_SIZE = 200;

export const SEVERITIES: readonly Severity[] = ["error", "warning", "fixed"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tiles: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalXS },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    minWidth: 0,
    paddingTop: "6px",
    paddingBottom: "6px",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  tileTop: { display: "flex", alignItems: "center", gap: "6px" },
  count: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  tileLabel: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", maxWidth: "100%" },
  zero: { color: tokens.colorNeutralForegroundDisabled },
  errorIcon: { color: tokens.colorPaletteRedForeground1 },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fixedIcon: { color: tokens.colorPaletteGreenForeground1 },
  errorSelected: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder2}`, ":hover": { backgroundColor: tokens.colorPaletteRedBackground1 } },
  warningSelected: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    ":hover": { backgroundColor: tokens.colorPaletteDarkOrangeBackground1 },
  },
  fixedSelected: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder2}`,
    ":hover": { backgroundColor: tokens.colorPaletteGreenBackground1 },
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  about: { color: tokens.colorNeutralForeground3 },
  list: {
    display: "flex",
    flexDirection: "column",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    overflow: "hidden",
  },
  li: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, ":last-child": { borderBottom: "none" } },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    paddingTop: "6px",
    paddingBottom: "6px",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    border: "none",
    borderLeft: "3px solid transparent",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  itemShown: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorPaletteGreenBackground1 },
  },
  address: {
    flexShrink: 0,
    minWidth: "38px",
    marginTop: "1px",
    paddingLeft: "4px",
    paddingRight: "4px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    lineHeight: "16px",
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
  },
  message: { minWidth: 0, overflowWrap: "anywhere" },
  sheetName: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  footer: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground3, paddingTop: "2px", paddingBottom: "2px" },
});

/** Where a diagnostic sits in the result's list: its identity in the pane. */
export type DiagnosticRef = number;

/** The message without its opening 'Trang "X", ô B12: ', which the item shows as its address. */
export function detailOf(d: Diagnostic): string {
  const prefix = `Trang "${d.sheet}", ô ${d.cell}: `;
  const rest = d.message.startsWith(prefix) ? d.message.slice(prefix.length) : d.message;
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
}

const ICONS: Record<Severity, (className: string) => ReactNode> = {
  error: (c) => <ErrorCircle16Filled className={c} />,
  warning: (c) => <Warning16Filled className={c} />,
  fixed: (c) => <CheckmarkCircle16Filled className={c} />,
};

export interface DiagnosticListProps {
  diagnostics: Diagnostic[];
  /** Several lists were checked: each item also names its sheet. */
  showSheet: boolean;
  /** Inside Excel a click selects the cell; on the web page it only marks the item. */
  canSelect: boolean;
  shown: DiagnosticRef | null;
  onShow(ref: DiagnosticRef, d: Diagnostic): void;
  /** Drawn at the head of a group (the "Áp dụng sửa" action under Đã chuẩn hóa). */
  groupHead?: Partial<Record<Severity, ReactNode>>;
}

export function DiagnosticList(props: DiagnosticListProps) {
  const { t } = useI18n();
  const s = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const { diagnostics } = props;

  const groups = useMemo(() => {
    const out: Record<Severity, DiagnosticRef[]> = { error: [], warning: [], fixed: [] };
    diagnostics.forEach((d, i) => out[d.severity].push(i));
    return out;
  }, [diagnostics]);
  const folded = useMemo(() => diagnostics.map((d) => foldForMatching(`${d.sheet} ${d.cell} ${d.message}`)), [diagnostics]);

  const [severity, setSeverity] = useState<Severity>(() => SEVERITIES.find((x) => groups[x].length > 0) ?? "error");
  const [filter, setFilter] = useState("");
  const [limit, setLimit] = useState(PAGE_SIZE);

  const words = foldForMatching(filter).split(" ").filter(Boolean);
  const all = groups[severity];
  const matching = words.length ? all.filter((i) => words.every((w) => folded[i].includes(w))) : all;
  const drawn = matching.slice(0, limit);

  const choose = (next: Severity) => {
    setSeverity(next);
    setLimit(PAGE_SIZE);
  };

  const onTileKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const to = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? SEVERITIES.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = SEVERITIES[(to + SEVERITIES.length) % SEVERITIES.length];
    choose(next);
    document.getElementById(`severity-tab-${next}`)?.focus();
  };

  // Up and down walk the list and show each cell in turn: a quick way through the findings.
  const onItemKey = (e: KeyboardEvent<HTMLButtonElement>, position: number) => {
    const to = e.key === "ArrowDown" ? position + 1 : e.key === "ArrowUp" ? position - 1 : null;
    if (to === null || to < 0 || to >= drawn.length) return;
    e.preventDefault();
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-ref]");
    buttons?.[to]?.focus();
    props.onShow(drawn[to], diagnostics[drawn[to]]);
  };

  return (
    <div className={s.root}>
      <div role="tablist" aria-label={t.diagnosticsLabel} className={s.tiles} data-testid="severity-tabs">
        {SEVERITIES.map((sev, i) => {
          const n = groups[sev].length;
          const selected = sev === severity;
          return (
            <button
              key={sev}
              id={`severity-tab-${sev}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls="severity-panel"
              tabIndex={selected ? 0 : -1}
              className={mergeClasses(s.tile, selected && { error: s.errorSelected, warning: s.warningSelected, fixed: s.fixedSelected }[sev])}
              onClick={() => choose(sev)}
              onKeyDown={(e) => onTileKey(e, i)}
              data-testid={`severity-${sev}`}
            >
              <span className={s.tileTop}>
                {ICONS[sev](n ? { error: s.errorIcon, warning: s.warningIcon, fixed: s.fixedIcon }[sev] : s.zero)}
                <span className={mergeClasses(s.count, !n && s.zero)} data-testid={`count-${sev}`}>
                  {n}
                </span>
              </span>
              <span className={s.tileLabel}>{t.severity[sev]}</span>
            </button>
          );
        })}
      </div>

      <div role="tabpanel" id="severity-panel" aria-labelledby={`severity-tab-${severity}`} className={s.panel} data-testid={`group-${severity}`}>
        <Caption1 className={s.about}>{t.severityAbout[severity]}</Caption1>
        {props.groupHead?.[severity] ?? null}
        {all.length > 0 ? (
          <SearchBox
            size="small"
            value={filter}
            placeholder={t.filterPlaceholder}
            aria-label={t.filterPlaceholder}
            onChange={(_, d) => {
              setFilter(d.value);
              setLimit(PAGE_SIZE);
            }}
            data-testid="diagnostic-filter"
          />
        ) : null}
        {all.length === 0 ? (
          <Caption1 className={s.empty} data-testid="group-empty">
            {t.severityNone[severity]}
          </Caption1>
        ) : matching.length === 0 ? (
          <Caption1 className={s.empty} data-testid="group-no-match">
            {t.noMatch}
          </Caption1>
        ) : (
          <ul ref={listRef} className={s.list} data-testid="diagnostics">
            {drawn.map((ref, position) => {
              const d = diagnostics[ref];
              const shown = props.shown === ref;
              return (
                <li key={ref} className={s.li}>
                  <button
                    type="button"
                    className={mergeClasses(s.item, shown && s.itemShown)}
                    aria-current={shown ? "true" : undefined}
                    aria-description={props.canSelect ? t.goToCell(`${d.sheet}!${d.cell}`) : undefined}
                    title={d.message}
                    onClick={() => props.onShow(ref, d)}
                    onKeyDown={(e) => onItemKey(e, position)}
                    data-testid="diagnostic"
                    data-ref={ref}
                    data-sheet={d.sheet}
                    data-cell={d.cell}
                    data-code={d.code}
                    data-severity={d.severity}
                  >
                    <span className={s.address} data-testid="diagnostic-cell">
                      {d.cell}
                    </span>
                    <span className={s.message}>
                      {props.showSheet ? <span className={s.sheetName}>{d.sheet}</span> : null}
                      <span data-testid="diagnostic-message">{detailOf(d)}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {matching.length > drawn.length || (words.length > 0 && matching.length > 0) ? (
          <div className={s.footer}>
            <Caption1 className={s.about} data-testid="diagnostics-shown">
              {t.shownOf(drawn.length, matching.length)}
            </Caption1>
            {matching.length > drawn.length ? (
              <Button size="small" appearance="secondary" onClick={() => setLimit((l) => l + PAGE_SIZE)} data-testid="diagnostics-more">
                {t.showMore(Math.min(PAGE_SIZE, matching.length - drawn.length))}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
