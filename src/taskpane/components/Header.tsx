/** Product name, the campaign it serves, and the language switch (VI / EN). */
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { type Lang, useI18n } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: "32px", height: "32px", flexShrink: 0, borderRadius: tokens.borderRadiusMedium },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  tagline: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  switch: {
    display: "inline-flex",
    flexShrink: 0,
    padding: "2px",
    gap: "2px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  option: {
    minWidth: "32px",
    height: "24px",
    paddingLeft: "6px",
    paddingRight: "6px",
    border: "none",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  optionOn: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    boxShadow: tokens.shadow2,
    ":hover": { color: tokens.colorBrandForeground1 },
  },
});

export function Header() {
  const { lang, setLang, t } = useI18n();
  const s = useStyles();
  const option = (value: Lang, short: string, long: string) => (
    <button
      type="button"
      role="radio"
      aria-checked={lang === value}
      aria-label={long}
      title={long}
      lang={value}
      data-testid={`lang-${value}`}
      className={mergeClasses(s.option, lang === value && s.optionOn)}
      onClick={() => setLang(value)}
    >
      {short}
    </button>
  );
  return (
    <header className={s.header}>
      <img className={s.logo} src="assets/icon-32.png" srcSet="assets/icon-32.png 1x, assets/icon-64.png 2x" alt="" />
      <div className={s.titles}>
        <Text className={s.name} as="h1" data-testid="product-name">
          {t.productName}
        </Text>
        <Caption1 className={s.tagline} title={t.tagline}>
          {t.tagline}
        </Caption1>
      </div>
      <div role="radiogroup" aria-label={t.language} className={s.switch}>
        {option("vi", t.langVi, t.langViLong)}
        {option("en", t.langEn, t.langEnLong)}
      </div>
    </header>
  );
}
