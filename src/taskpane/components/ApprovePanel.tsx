/**
 * Step "Phê duyệt": the approval's status ("đã phê duyệt" / "đã thay đổi sau phê duyệt"),
 * checked when the pane opens on a workbook that holds an approval; the approver confirms their
 * name and approves what they reviewed (src/app/approve).
 */
import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { CheckmarkStarburst20Regular, Eye20Regular, ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { planAllocation, readApproval, statusOf, type AllocationPlan, type ApprovalStatus } from "../../app/allocate";
import { approvalStatus, approveAllocation } from "../../app/approve";
import { settingText } from "../../app/settings";
import { formatMoney } from "../../app/text";
import type { WorkbookPort } from "../../workbook/port";
import { useI18n } from "../i18n";
import { useTask } from "../task";
import { ApprovalBadge } from "./AllocatePanel";
import { Section } from "./Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function timeText(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString("vi-VN");
}

export interface ApprovePanelProps {
  port: WorkbookPort | null;
  /** The user's name where the host gives one (Office); the approver still confirms it. */
  user?: string | null;
}

export function ApprovePanel(props: ApprovePanelProps) {
  const { t } = useI18n();
  const { run, busy } = useTask();
  const s = useStyles();
  const { port } = props;
  const [status, setStatus] = useState<ApprovalStatus | null>(null);
  const [name, setName] = useState(props.user ?? "");
  const [plan, setPlan] = useState<AllocationPlan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // On open: a workbook that holds an approval is checked at once, so a change shows.
  useEffect(() => {
    if (!port) return;
    let live = true;
    void (async () => {
      const record = await readApproval(port).catch(() => null);
      if (!live) return;
      if (!record) {
        setStatus(statusOf(null));
        const head = await settingText(port, "signer.head.name").catch(() => "");
        if (live && head) setName((n) => n || head);
        return;
      }
      setName((n) => n || record.approver);
      const res = await run((ctx) => approvalStatus(port, ctx), { writes: true });
      if (live && res.ok) setStatus(res.value);
    })();
    return () => {
      live = false;
    };
  }, [port]);

  const review = async () => {
    if (!port) return;
    const res = await run((ctx) => planAllocation(port, {}, ctx));
    if (res.ok) setPlan(res.value);
  };
  const check = async () => {
    if (!port) return;
    const res = await run((ctx) => approvalStatus(port, ctx), { writes: true });
    if (res.ok) setStatus(res.value);
  };
  const approve = async () => {
    if (!port || !plan) return;
    const approver = name.trim();
    if (!approver) {
      setNotice(t.approveNeedName);
      return;
    }
    setNotice(null);
    const res = await run((ctx) => approveAllocation(port, { approver, expectedHash: plan.allocationHash }, ctx), { writes: true });
    if (res.ok) {
      setStatus(res.value.status);
      setNotice(t.approveDone(approver));
    }
  };

  return (
    <Section title={t.approveTitle} icon={<ShieldCheckmark20Regular />} about={t.approveAbout} testId="approve">
      <div className={s.form}>
        {status ? (
          <div className={s.status} data-testid="approval-status">
            <ApprovalBadge status={status} />
            {status.approver ? <Caption1 data-testid="approval-by">{t.approvedBy(status.approver, timeText(status.time))}</Caption1> : null}
          </div>
        ) : null}
        {status?.state === "changed" ? (
          <MessageBar intent="error" layout="multiline" data-testid="approval-changes">
            <MessageBarBody>
              <ul className={s.changes}>
                {status.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <Field label={t.approveName} size="small" required>
          <Input value={name} onChange={(_, d) => setName(d.value)} disabled={!port} data-testid="approve-name" />
        </Field>
        <div className={s.buttons}>
          <Button icon={<Eye20Regular />} disabled={busy || !port} onClick={() => void review()} data-testid="approve-review">
            {t.approveReview}
          </Button>
          <Button appearance="primary" icon={<CheckmarkStarburst20Regular />} disabled={busy || !port || !plan || !name.trim()} onClick={() => void approve()} data-testid="approve-run">
            {t.approveRun}
          </Button>
          <Button appearance="subtle" disabled={busy || !port} onClick={() => void check()} data-testid="approve-check">
            {t.approveCheck}
          </Button>
        </div>
        {plan ? (
          <Text data-testid="approve-summary">
            {t.approveSummary(plan.allocation.lines.length, formatMoney(plan.allocation.allocated), formatMoney(plan.allocation.unallocated))}
          </Text>
        ) : (
          <Caption1 className={s.muted}>{t.approveNeedReview}</Caption1>
        )}
        {notice ? (
          <MessageBar intent={status?.state === "approved" ? "success" : "info"} data-testid="approve-notice">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </Section>
  );
}
