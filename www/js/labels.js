// The entity labels the core returns, in the order the page lists them, and their names as the
// page says them. No DOM here: the worker imports it for the exports.
export const LABELS = ["PER", "LOC", "ORG", "MISC", "DATE", "TIME", "NUM", "MONEY", "PERCENT", "QUOTE", "EMAIL", "URL"];
export const LABEL_NAMES = {
  PER: "person", LOC: "place", ORG: "organisation", MISC: "other name", DATE: "date", TIME: "time",
  NUM: "number", MONEY: "money", PERCENT: "percentage", QUOTE: "quotation", EMAIL: "e-mail", URL: "web address",
};
