/**
 * Step "Phân bổ": choose how to share within a priority and which money counts, preview the
 * allocation (nothing written), then write the Phân bổ and Quyết định sheets. Every piece of
 * work is the app's use case (src/app/allocate).
 */
import { Badge, Button, Caption1, Dropdown, Field, Link, makeStyles, MessageBar, MessageBarBody, Option, Text, tokens } from "@fluentui/react-components";
import { DocumentTable20Regular, Eye20Regular, MoneyHand20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { ALLOCATION_SHEET, allocateWorkbook, allocationChoices, DECISION_SHEET, planAllocation, type AllocationMethod, type AllocationPlan, type ApprovalStatus, type FundSource } from "../../app/allocate";
import { formatMoney } from "../../app/text";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n } from "../i18n";
import { messageOf, useTask } from "../task";
import { Section } from "./Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  stats: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  stat: { display: "flex", flexDirection: "column", minWidth: 0 },
  statValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "4px", paddingBottom: "4px", verticalAlign: "top" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", paddingLeft: tokens.spacingHorizontalS },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface AllocatePanelProps {
  port: WorkbookPort | null;
}

type Shown = { plan: AllocationPlan; written: boolean; approval: ApprovalStatus | null };

export function AllocatePanel(props: AllocatePanelProps) {
  const { t } = useI18n();
  const { run, busy, showError } = useTask();
  const s = useStyles();
  const { port } = props;
  const [method, setMethod] = useState<AllocationMethod | null>(null);
  const [fundSource, setFundSource] = useState<FundSource | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const options = { ...(method ? { method } : {}), ...(fundSource ? { fundSource } : {}) };

  // The choices kept in Cấu hình from the last run.
  useEffect(() => {
    if (!port) return;
    let live = true;
    allocationChoices(port).then(
      (c) => {
        if (!live) return;
        setMethod((m) => m ?? c.method);
        setFundSource((f) => f ?? c.fundSource);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  const preview = async () => {
    if (!port) return;
    const res = await run((ctx) => planAllocation(port, options, ctx));
    if (res.ok) adopt({ plan: res.value, written: false, approval: null });
  };
  const allocate = async () => {
    if (!port) return;
    const res = await run((ctx) => allocateWorkbook(port, options, ctx), { writes: true });
    if (res.ok) adopt({ plan: res.value, written: true, approval: res.value.approval });
  };
  const adopt = (next: Shown) => {
    setShown(next);
    setMethod(next.plan.method);
    setFundSource(next.plan.fundSource);
  };
  const open = (sheet: string) => port?.select(sheet, "A1").catch((e: unknown) => showError(messageOf(e)));

  const a = shown?.plan.allocation;
  return (
    <Section title={t.allocTitle} icon={<MoneyHand20Regular />} about={t.allocAbout} testId="allocate">
      <div className={s.form}>
        <Field label={t.allocMethod} size="small">
          <Dropdown
            value={method ? t.allocMethods[method] : t.allocMethods.proportional}
            selectedOptions={[method ?? "proportional"]}
            onOptionSelect={(_, d) => setMethod((d.optionValue as AllocationMethod) ?? null)}
            disabled={!port}
            data-testid="allocate-method"
          >
            {(["proportional", "weight", "equal"] as const).map((m) => (
              <Option key={m} value={m} data-testid={`allocate-method-${m}`}>
                {t.allocMethods[m]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.allocFund} size="small">
          <Dropdown
            value={fundSource ? t.allocFunds[fundSource] : t.allocFunds.recorded}
            selectedOptions={[fundSource ?? "recorded"]}
            onOptionSelect={(_, d) => setFundSource((d.optionValue as FundSource) ?? null)}
            disabled={!port}
            data-testid="allocate-fund"
          >
            {(["recorded", "confirmed"] as const).map((f) => (
              <Option key={f} value={f} data-testid={`allocate-fund-${f}`}>
                {t.allocFunds[f]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <div className={s.buttons}>
          <Button icon={<Eye20Regular />} disabled={busy || !port} onClick={() => void preview()} data-testid="allocate-preview">
            {t.allocPreview}
          </Button>
          <Button appearance="primary" icon={<DocumentTable20Regular />} disabled={busy || !port} onClick={() => void allocate()} data-testid="allocate-run">
            {t.allocRun}
          </Button>
        </div>
      </div>
      {shown && a ? (
        <div className={s.form} data-testid="allocate-result" data-written={shown.written ? "yes" : "no"}>
          <div className={s.stats}>
            <div className={s.stat}>
              <Caption1 className={s.muted}>{t.allocFundTotal}</Caption1>
              <Text className={s.statValue} data-testid="allocate-fund-total">
                {formatMoney(a.fund)}
              </Text>
            </div>
            <div className={s.stat}>
              <Caption1 className={s.muted}>{t.allocAllocated}</Caption1>
              <Text className={s.statValue} data-testid="allocate-total">
                {formatMoney(a.allocated)}
              </Text>
            </div>
            <div className={s.stat}>
              <Caption1 className={s.muted}>{t.allocUnallocated}</Caption1>
              <Text className={s.statValue} data-testid="allocate-unallocated">
                {formatMoney(a.unallocated)}
              </Text>
            </div>
          </div>
          <table className={s.table} data-testid="allocate-table">
            <thead>
              <tr>
                <th className={s.cell} style={{ textAlign: "left" }}>
                  {t.allocWork}
                </th>
                <th className={`${s.cell} ${s.num}`}>{t.allocRequested}</th>
                <th className={`${s.cell} ${s.num}`}>{t.allocAmount}</th>
              </tr>
            </thead>
            <tbody>
              {a.lines.map((l) => (
                <tr key={l.key} data-testid="allocate-line" data-code={l.work.code} data-allocated={l.allocated}>
                  <td className={s.cell}>
                    <div>{l.work.code ? `${l.work.code} · ${l.work.name}` : l.work.name}</div>
                    <Caption1 className={s.muted}>
                      {t.allocPriority(l.work.priority)}
                      {l.earmarked ? ` · ${t.allocEarmarked(formatMoney(l.earmarked))}` : ""}
                    </Caption1>
                  </td>
                  <td className={`${s.cell} ${s.num}`}>{formatMoney(l.work.requested)}</td>
                  <td className={`${s.cell} ${s.num}`}>{formatMoney(l.allocated)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.plan.warnings.length ? (
            <MessageBar intent="warning" layout="multiline" data-testid="allocate-warnings">
              <MessageBarBody>
                <strong>{t.allocWarnings}</strong>
                <ul className={s.warnings}>
                  {shown.plan.warnings.map((w, i) => (
                    <li key={i} data-testid="allocate-warning">
                      {w}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {shown.written ? (
            <MessageBar intent="success" data-testid="allocate-written">
              <MessageBarBody>
                {t.allocWritten}{" "}
                <Link onClick={() => void open(ALLOCATION_SHEET)}>{t.openAllocation}</Link> · <Link onClick={() => void open(DECISION_SHEET)}>{t.openDecision}</Link>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <Caption1 className={s.muted}>{t.allocPreviewNote}</Caption1>
          )}
          {shown.approval ? <ApprovalBadge status={shown.approval} testId="allocate-approval-state" /> : null}
        </div>
      ) : null}
    </Section>
  );
}

export function ApprovalBadge(props: { status: ApprovalStatus; testId?: string }) {
  const { t } = useI18n();
  const st = props.status;
  const label = st.state === "approved" ? t.stateApproved : st.state === "changed" ? t.stateChanged : t.stateDraft;
  const color = st.state === "approved" ? "success" : st.state === "changed" ? "danger" : "informative";
  return (
    <Badge appearance="tint" color={color} data-testid={props.testId ?? "approval-state"} data-state={st.state}>
      {label}
    </Badge>
  );
}
