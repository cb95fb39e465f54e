/**
 * A vitest setup file of the browser suites: when a test fails, the pages recorded with
 * `recordPage` are dumped (screenshot, what they show, their console and GraphQL log).
 */
import { beforeEach } from "vitest";
import { dumpRecordedPages } from "./pageRecorder.ts";

beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => dumpRecordedPages(task.name));
});
