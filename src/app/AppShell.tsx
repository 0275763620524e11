import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createQueryClient } from "./queryClient";
import { useEffect, useState, type ReactNode } from "react";
import { filesInLanguage } from "../data/languageSwitch";
import { LocaleProvider } from "../lib/LocaleProvider";
import { applyTheme } from "../lib/theme";
import { UrlKeysContext, useUrlState } from "../lib/useUrlState";
import { UpdateNotice } from "./offline/UpdateNotice";
import { VIEW_URL_KEYS } from "./viewRegistry";

/** Providers every page shares: the URL keys of every view, data, language (from `lang=`) and theme (from `theme=`). */
export function AppShell({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  const [needs] = useState(() => filesInLanguage(queryClient));
  const [{ lang, theme }] = useUrlState();
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <UrlKeysContext.Provider value={VIEW_URL_KEYS}>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider lang={lang} needs={needs}>
          {children}
          <UpdateNotice />
        </LocaleProvider>
      </QueryClientProvider>
    </UrlKeysContext.Provider>
  );
}
