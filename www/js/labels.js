// The entity labels the core returns, in the order the page lists them, and their names as the
// page says them. No DOM here: the worker imports it for the exports.
import { msg } from "./i18n.js";

export const LABELS = ["PER", "LOC", "ORG", "MISC", "DATE", "TIME", "NUM", "MONEY", "PERCENT", "QUOTE", "EMAIL", "URL"];
export const LABEL_NAMES = {
  PER: msg("person"), LOC: msg("place"), ORG: msg("organisation"), MISC: msg("other name"), DATE: msg("date"), TIME: msg("time"),
  NUM: msg("number"), MONEY: msg("money"), PERCENT: msg("percentage"), QUOTE: msg("quotation"), EMAIL: msg("e-mail"), URL: msg("web address"),
};
