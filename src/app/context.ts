/** What every use case receives from its shell besides the workbook. */
export interface StepContext {
  /** The person running the step, where the shell knows it (Office's user, --user, the form). */
  user?: string | null;
  now?: () => Date;
  /** Fraction done (0–1) and what is being done, for a progress bar. */
  progress?: (fraction: number, label: string) => void;
}

export function nowIso(ctx: StepContext): string {
  return (ctx.now ? ctx.now() : new Date()).toISOString();
}
