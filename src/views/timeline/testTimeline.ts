import type { z } from "zod/mini";
import type { timelineFileSchema } from "../../data/schemas/timeline";

const name = (en: string, zh: string, ru: string, kk: string) => ({ en, zh, ru, kk });
const cite = { sources: ["peoples-daily-2024"], confidence: "verified" as const };

/** A small timeline with the whole ladder and every category, for the view's tests (sources from tests/fixtures). */
export const timelineFixture: z.input<typeof timelineFileSchema> = {
  levels: [
    { id: "diplomatic-relations", rank: 1, date: "1992-01-03", precision: "day", name: name("Diplomatic relations", "建立外交关系", "Дипломатические отношения", "Дипломатиялық қатынастар"), description: "Joint communiqué.", ...cite },
    { id: "strategic-partnership", rank: 2, date: "2005-07-04", precision: "day", name: name("Strategic partnership", "战略伙伴关系", "Стратегическое партнёрство", "Стратегиялық әріптестік"), description: "Hu Jintao in Astana.", ...cite },
    { id: "comprehensive-strategic-partnership", rank: 3, date: "2011-06-13", precision: "day", name: name("Comprehensive strategic partnership", "全面战略伙伴关系", "Всестороннее стратегическое партнёрство", "Жан-жақты стратегиялық әріптестік"), description: "Joint statement in Astana.", ...cite },
    { id: "permanent-comprehensive-strategic-partnership", rank: 4, date: "2019-09-11", precision: "day", name: name("Permanent comprehensive strategic partnership", "永久全面战略伙伴关系", "Вечное всеобъемлющее стратегическое партнёрство", "Мәңгілік жан-жақты стратегиялық әріптестік"), description: "Tokayev in Beijing.", ...cite, note: "Sometimes misdated to 2022." },
  ],
  events: [
    { id: "rail-1991", date: "1991-07-20", precision: "day", category: "project", title: "Dostyk–Alashankou railway opens", description: "The first rail link.", ...cite },
    { id: "ties-1992", date: "1992-01-03", precision: "day", category: "diplomacy", title: "Diplomatic relations established", description: "Joint communiqué.", level: "diplomatic-relations", major: true, ...cite },
    { id: "sco-2001", date: "2001-06-15", precision: "day", category: "summit", title: "Shanghai Cooperation Organisation founded", description: "Six states.", major: true, ...cite },
    { id: "sp-2005", date: "2005-07-04", precision: "day", category: "diplomacy", title: "Strategic partnership", description: "Hu Jintao's second visit.", level: "strategic-partnership", major: true, ...cite },
    { id: "csp-2011", date: "2011-06-13", precision: "day", category: "diplomacy", title: "Comprehensive strategic partnership", description: "Hu Jintao's seventh visit.", level: "comprehensive-strategic-partnership", major: true, ...cite },
    { id: "moinak-2012", date: "2012", precision: "year", category: "project", title: "Moinak hydropower plant in operation", description: "300 MW.", ...cite },
    { id: "xi-2013", date: "2013-09-06", precision: "day", endDate: "2013-09-08", category: "visit", title: "Xi Jinping's first state visit to Kazakhstan", description: "22 agreements.", ...cite },
    { id: "belt-2013", date: "2013-09-07", precision: "day", category: "diplomacy", title: "Xi proposes the Silk Road Economic Belt in Astana", description: "Speech at Nazarbayev University.", major: true, ...cite },
    { id: "loan-2014", date: "2014-12", precision: "month", category: "economy", title: "Industrial capacity loans", description: "A framework of loans.", ...cite, confidence: "unverified" },
    { id: "pcsp-2019", date: "2019-09-11", precision: "day", category: "diplomacy", title: "Permanent comprehensive strategic partnership", description: "Tokayev's state visit.", level: "permanent-comprehensive-strategic-partnership", major: true, ...cite },
    { id: "visa-2023", date: "2023-11-10", precision: "day", category: "people", title: "Mutual visa exemption in force", description: "Thirty days.", major: true, ...cite },
    { id: "titr-2024", date: "2024-05-29", precision: "day", category: "treaty", title: "Mazhilis ratifies the Trans-Caspian route agreement", description: "Ratified.", ...cite },
  ],
};
