/**
 * Visible text is never built by joining pieces: the separators, parentheses and word order would be English in
 * every language. A whole sentence is one message with named placeholders (`t("key", { … })`), a list goes
 * through `fmt.list`, a range through `formatRange`. This rule reports what can be told from the code alone:
 *
 * - a template literal, or a `+`, that puts text around a message (`t(…)`, `tn(…)`) or a formatted value
 *   (`fmt.…(…)`): `${t("a")}: ${fmt.number(n)}`;
 * - a list of texts joined with a written separator: `.join(", ")`, `.join("; ")`, `.join(" · ")`;
 * - in JSX, a separator written between two pieces: `{a}: {b}`, `{a}{" · "}{b}`, `<b>{a}</b>, {b}`, `{a} ({b})`
 *   (messages with elements in them go through `richText`).
 *
 * Where the joined string is not read by anyone (a file name, a key), say so with an eslint-disable comment and
 * the reason.
 */

/** A call whose result is text for a reader: a message, or a number, date or amount formatted for one. */
function isTextCall(node) {
  if (node?.type === "ChainExpression") return isTextCall(node.expression);
  if (node?.type !== "CallExpression") return false;
  const callee = node.callee;
  if (callee.type === "Identifier") return ["t", "tn"].includes(callee.name);
  return callee.type === "MemberExpression" && callee.object.type === "Identifier" && callee.object.name === "fmt";
}

/** Whether an expression contains a text call outside any nested function or call argument list it is passed to. */
function holdsText(node) {
  if (!node) return false;
  if (isTextCall(node)) return true;
  switch (node.type) {
    case "ConditionalExpression":
      return holdsText(node.consequent) || holdsText(node.alternate);
    case "LogicalExpression":
      return holdsText(node.left) || holdsText(node.right);
    case "TemplateLiteral":
      return node.expressions.some(holdsText);
    case "BinaryExpression":
      return node.operator === "+" && (holdsText(node.left) || holdsText(node.right));
    case "TSAsExpression":
    case "TSNonNullExpression":
    case "ChainExpression":
      return holdsText(node.expression);
    default:
      return false;
  }
}

const isStringLiteral = (node) => node.type === "Literal" && typeof node.value === "string";
/** Written text beside the pieces: anything but nothing (a template's empty quasis). */
const hasWrittenText = (template) => template.quasis.some((quasi) => (quasi.value.cooked ?? "").length > 0);

/** Separators written between entries a reader sees: "; ", ", ", " · ", " — ", "、"… (not "," of a CSV line or a URL). */
const SEPARATOR = /^(?:\s*[;、；·|]\s*|,\s+|\s+[–—-]\s+)$/u;

/** Text in JSX that is nothing but punctuation between pieces: ": ", " · ", ", ", " (", ")", " — ". */
const JSX_SEPARATOR = /^[\s:·,;()（）：；、—–]+$/u;

export const noTextConcatenation = {
  meta: {
    type: "problem",
    docs: { description: "Visible text is one message with placeholders, or a list through fmt.list; never joined from pieces." },
    messages: {
      template:
        "Text built around a message or a formatted value: write the whole sentence as one message with named placeholders (t(key, { … })).",
      plus: "Text joined with `+` to a message or a formatted value: write the whole sentence as one message with named placeholders.",
      join: 'Texts joined with "{{separator}}": a list goes through fmt.list (Intl.ListFormat), a sentence through one message.',
      jsx: 'A separator "{{separator}}" written between pieces of JSX: write the whole as one message (richText for elements in it).',
    },
    schema: [],
  },
  create(context) {
    return {
      TemplateLiteral(node) {
        if (node.parent.type === "TaggedTemplateExpression") return;
        if (hasWrittenText(node) && node.expressions.some(holdsText)) context.report({ node, messageId: "template" });
      },
      BinaryExpression(node) {
        if (node.operator !== "+") return;
        // Reported once, at the outermost `+` of a chain.
        if (node.parent.type === "BinaryExpression" && node.parent.operator === "+") return;
        const parts = [];
        const flatten = (n) => (n.type === "BinaryExpression" && n.operator === "+" ? (flatten(n.left), flatten(n.right)) : parts.push(n));
        flatten(node);
        const written = parts.some((part) => isStringLiteral(part) || (part.type === "TemplateLiteral" && hasWrittenText(part)));
        if (written && parts.some(holdsText)) context.report({ node, messageId: "plus" });
      },
      JSXText(node) {
        const text = node.value.trim();
        if (text === "" || !JSX_SEPARATOR.test(node.value)) return;
        const siblings = node.parent.children.filter((child) => child.type !== "JSXText" || child.value.trim() !== "");
        if (siblings.length > 1) context.report({ node, messageId: "jsx", data: { separator: text } });
      },
      JSXExpressionContainer(node) {
        const e = node.expression;
        const value = isStringLiteral(e)
          ? e.value
          : e.type === "TemplateLiteral" && e.expressions.length === 0
            ? e.quasis[0].value.cooked
            : null;
        if (value && value.trim() !== "" && JSX_SEPARATOR.test(value))
          context.report({ node, messageId: "jsx", data: { separator: value.trim() } });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== "MemberExpression" || callee.property.type !== "Identifier" || callee.property.name !== "join") return;
        const [separator] = node.arguments;
        if (!separator || !isStringLiteral(separator) || !SEPARATOR.test(separator.value)) return;
        context.report({ node, messageId: "join", data: { separator: separator.value } });
      },
    };
  },
};

export default { rules: { "no-text-concatenation": noTextConcatenation } };
