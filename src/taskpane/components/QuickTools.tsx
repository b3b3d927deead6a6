/** Small tools that need no workbook: an amount in words, a piece of legacy text in Unicode. */
import { Button, Field, Input, makeStyles, Text, tokens, Tooltip } from "@fluentui/react-components";
import { Checkmark16Regular, Copy16Regular, Sparkle20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { amountToWords, textToUnicode } from "../../app/text";
import { useI18n } from "../i18n";
import { messageOf } from "../task";
import { Section } from "./Section";

// The tools run on every keystroke: a surprise in them must not take the pane down.
function safeWords(input: string): ReturnType<typeof amountToWords> {
  try {
    return amountToWords(input);
  } catch (e) {
    return { ok: false, input, reason: messageOf(e) };
  }
}

function safeUnicode(input: string): string {
  try {
    return textToUnicode(input);
  } catch (e) {
    return messageOf(e);
  }
}

const useStyles = makeStyles({
  output: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    minHeight: "24px",
    paddingTop: "4px",
    paddingBottom: "4px",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: "2px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  outputText: { flexGrow: 1, overflowWrap: "anywhere", paddingTop: "2px" },
  error: { flexGrow: 1, color: tokens.colorPaletteRedForeground1, paddingTop: "2px" },
});

function CopyButton(props: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => setCopied(false), [props.text]);
  if (!navigator.clipboard) return null;
  return (
    <Tooltip content={copied ? t.copied : t.copy} relationship="label">
      <Button
        size="small"
        appearance="subtle"
        icon={copied ? <Checkmark16Regular /> : <Copy16Regular />}
        onClick={() => void navigator.clipboard.writeText(props.text).then(() => setCopied(true), () => undefined)}
      />
    </Tooltip>
  );
}

export function QuickTools() {
  const { t } = useI18n();
  const s = useStyles();
  const [amount, setAmount] = useState("");
  const [text, setText] = useState("");
  const words = amount.trim() ? safeWords(amount) : null;
  const unicode = text ? safeUnicode(text) : "";
  return (
    <Section title={t.toolsTitle} icon={<Sparkle20Regular />} testId="tools">
      <Field label={t.wordsLabel} size="small">
        <Input size="small" value={amount} placeholder={t.wordsPlaceholder} onChange={(_, d) => setAmount(d.value)} data-testid="words-input" />
      </Field>
      {words ? (
        <div className={s.output} aria-live="polite">
          {words.ok ? (
            <>
              <Text size={200} className={s.outputText} data-testid="words-output">
                {words.words}
              </Text>
              <CopyButton text={words.words} />
            </>
          ) : (
            <Text size={200} className={s.error} data-testid="words-error">
              {words.reason}
            </Text>
          )}
        </div>
      ) : null}
      <Field label={t.textLabel} size="small">
        <Input size="small" value={text} placeholder={t.textPlaceholder} onChange={(_, d) => setText(d.value)} data-testid="text-input" />
      </Field>
      {unicode ? (
        <div className={s.output} aria-live="polite">
          <Text size={200} className={s.outputText} data-testid="text-output">
            {unicode}
          </Text>
          <CopyButton text={unicode} />
        </div>
      ) : null}
    </Section>
  );
}
