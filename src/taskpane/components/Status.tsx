/** The running task's progress bar and the last error, between the steps and their panels. */
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useI18n } from "../i18n";
import { useTask } from "../task";

const useStyles = makeStyles({
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  message: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

export function Status() {
  const { t } = useI18n();
  const { busy, progress, error, clearError } = useTask();
  const s = useStyles();
  if (!busy && !error) return null;
  return (
    <div className={s.status}>
      {busy ? (
        <Field validationMessage={progress?.label ?? t.working} validationState="none" data-testid="progress">
          <ProgressBar value={progress?.fraction ?? undefined} thickness="medium" aria-label={progress?.label ?? t.working} />
        </Field>
      ) : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody className={s.message}>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            <span data-testid="error-message">{error}</span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={clearError} data-testid="error-dismiss" />}
          />
        </MessageBar>
      ) : null}
    </div>
  );
}
