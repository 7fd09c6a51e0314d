/** The budget intervals the wire knows, checked before a budget path is built. @internal */
export const BUDGET_INTERVALS: readonly string[] = ["daily", "weekly", "monthly", "lifetime"];
