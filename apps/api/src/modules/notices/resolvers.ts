import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { sendReportReminder } from "./reminders.ts";
import { listNotices, markAllNoticesRead, markNoticesRead, unreadNoticeCount } from "./service.ts";

export const noticeResolvers: Resolvers = {
  Query: {
    notices: (_p, args, ctx) => listNotices(ctx.access(), args),
    unreadNoticeCount: (_p, _a, ctx) => unreadNoticeCount(ctx.access()),
  },
  Mutation: {
    markNoticesRead: (_p, { ids }, ctx) => markNoticesRead(ctx.access(), ids),
    markAllNoticesRead: (_p, _a, ctx) => markAllNoticesRead(ctx.access()),
    sendReportReminder: (_p, { schoolYear, schoolIds, message }, ctx) =>
      sendReportReminder(ctx.access(), schoolYear, schoolIds, message),
  },
};
