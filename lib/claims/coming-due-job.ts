import { sendComingDueNotices } from "@/lib/claims/coming-due";
import { todayInNewsroom } from "@/lib/dates";
import type { JobDefinition } from "@/lib/jobs/job";
import { settings } from "@/lib/settings";

// Forecasts and promises coming due: once a day, notices to the assignee and
// the editors DUE_NOTICE_DAYS before the settle-by date and on the day. The
// day is the newsroom's (NEWSROOM_TIME_ZONE).
export const comingDueJob: JobDefinition = {
  name: "coming-due",
  description: "Tells the assignee and the editors when a prediction or promise is about to come due, and on the day it does.",
  // Early morning UTC, before most newsrooms' day starts; a run missed is
  // made up by the next (each notice goes out once whenever it runs).
  schedule: "5 6 * * *",
  run: async () => sendComingDueNotices({ today: todayInNewsroom(), noticeDays: settings().DUE_NOTICE_DAYS }),
};
