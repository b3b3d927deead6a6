/**
 * "Áp dụng sửa vào trang của tôi": the deliberate second step after Kiểm tra. The button only
 * opens a confirmation that says what will happen (how many cells of which sheet, and that the
 * original is first copied to a new sheet); nothing changes until the user confirms there.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentCopy20Regular, Wand16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { backupName } from "../../app/fixes";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  paragraph: { margin: 0 },
  backup: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", margin: 0 },
  backupIcon: { flexShrink: 0, marginTop: "1px", color: tokens.colorBrandForeground1 },
  rest: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function ApplyFixes(props: { sheet: string; cells: number; busy: boolean; onConfirm(): void }) {
  const { t } = useI18n();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const example = backupName(props.sheet, new Date(), []);
  return (
    <div className={s.box} data-testid="apply-box" data-sheet={props.sheet}>
      <Caption1 className={s.hint}>{t.applyHint(props.cells, props.sheet)}</Caption1>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="primary" size="small" icon={<Wand16Regular />} disabled={props.busy} data-testid="apply-fixes">
            {t.applyFixes}
          </Button>
        </DialogTrigger>
        <DialogSurface data-testid="apply-dialog">
          <DialogBody>
            <DialogTitle>{t.applyDialogTitle}</DialogTitle>
            <DialogContent className={s.content}>
              <p className={s.paragraph} data-testid="apply-dialog-cells">
                {t.applyDialogCells(props.cells, props.sheet)}
              </p>
              <p className={s.backup}>
                <DocumentCopy20Regular className={s.backupIcon} aria-hidden />
                <span data-testid="apply-dialog-backup">{t.applyDialogBackup(example)}</span>
              </p>
              <p className={s.rest}>{t.applyDialogRest}</p>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setOpen(false);
                  props.onConfirm();
                }}
                data-testid="apply-confirm"
              >
                {t.applyConfirm(props.cells)}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" data-testid="apply-cancel">
                  {t.cancel}
                </Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
