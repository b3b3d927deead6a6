/** What App puts around a panel (theme, language, the task runner and its status line), for tests of one panel. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useMemo, type ReactNode } from "react";
import { Status } from "../../src/taskpane/components/Status";
import { I18nContext, STRINGS, type I18n, type Lang } from "../../src/taskpane/i18n";
import { TaskProvider } from "../../src/taskpane/task";

export function Providers(props: { lang: Lang; children: ReactNode }) {
  const i18n = useMemo<I18n>(() => ({ lang: props.lang, t: STRINGS[props.lang], setLang: () => undefined }), [props.lang]);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <TaskProvider>
          <Status />
          {props.children}
        </TaskProvider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
