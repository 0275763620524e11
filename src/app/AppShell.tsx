import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createQueryClient } from "./queryClient";
import { useEffect, useState, type ReactNode } from "react";
import { languageInfo } from "../lib/i18n";
import { LocaleProvider } from "../lib/LocaleProvider";
import { applyLanguage, applyTheme } from "../lib/theme";
import { useUrlState } from "../lib/useUrlState";

/** Providers every page shares: data, language (from `lang=`) and theme (from `theme=`). */
export function AppShell({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  const [{ lang, theme }] = useUrlState();
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => applyLanguage(lang, languageInfo(lang).dir), [lang]);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider lang={lang}>{children}</LocaleProvider>
    </QueryClientProvider>
  );
}
