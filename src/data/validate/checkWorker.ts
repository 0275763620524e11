import { checkText, servedSchema } from "./checkText";
import type { CheckRequest, CheckResponse } from "./protocol";

// The page's checking worker (checkFile.ts starts it): parses each file the page fetched and checks it against its
// schema, off the page's main thread, and answers with the value or the problems found.

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (response: CheckResponse) => void;
};

scope.onmessage = ({ data: { id, file, name, text } }) => {
  let checked: CheckResponse;
  try {
    checked = { id, ...checkText(file, text, servedSchema(name)) };
  } catch (error) {
    // A defect in the checker, not in the file: the page still gets an answer, and the view says what failed.
    const got = error instanceof Error ? error.message : String(error);
    checked = { id, ok: false, kind: "schema", issues: [{ file, path: "(root)", expected: "a file the checker can read", got }] };
  }
  scope.postMessage(checked);
};
