/**
 * One task at a time: a step or tool runs through `run`, which shows the progress bar, turns a
 * rejection into the error bar (the app's messages are Vietnamese already) and refreshes what
 * the pane knows about the workbook afterwards.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { StepContext } from "../app/context";

export type TaskResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Progress {
  /** 0–1, or null while the task has not said. */
  fraction: number | null;
  label: string | null;
}

export interface TaskOptions {
  /** The task changes the workbook (the web shell then has something to download). */
  writes?: boolean;
}

export interface TaskState {
  busy: boolean;
  progress: Progress | null;
  error: string | null;
  clearError(): void;
  showError(message: string): void;
  run<T>(task: (ctx: StepContext) => Promise<T>, options?: TaskOptions): Promise<TaskResult<T>>;
}

export const TaskContext = createContext<TaskState | null>(null);

export function useTask(): TaskState {
  const state = useContext(TaskContext);
  if (!state) throw new Error("useTask outside TaskProvider");
  return state;
}

export function messageOf(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return String(e);
}

export function TaskProvider(props: { children: ReactNode; onDone?: (options: TaskOptions) => void; user?: string | null }) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const onDone = useRef(props.onDone);
  onDone.current = props.onDone;

  const run = useCallback(
    async <T,>(task: (ctx: StepContext) => Promise<T>, options: TaskOptions = {}): Promise<TaskResult<T>> => {
      if (running.current) return { ok: false, error: "busy" };
      running.current = true;
      setBusy(true);
      setError(null);
      setProgress({ fraction: null, label: null });
      const ctx: StepContext = {
        user: props.user ?? null,
        progress: (fraction, label) => setProgress({ fraction: Math.max(0, Math.min(1, fraction)), label }),
      };
      try {
        const value = await task(ctx);
        onDone.current?.(options);
        return { ok: true, value };
      } catch (e) {
        const message = messageOf(e);
        setError(message);
        // A failed write may have changed part of the workbook: refresh what the pane shows.
        if (options.writes) onDone.current?.(options);
        return { ok: false, error: message };
      } finally {
        running.current = false;
        setBusy(false);
        setProgress(null);
      }
    },
    [props.user],
  );

  const value = useMemo<TaskState>(
    () => ({ busy, progress, error, run, clearError: () => setError(null), showError: (m: string) => setError(m) }),
    [busy, progress, error, run],
  );
  return <TaskContext.Provider value={value}>{props.children}</TaskContext.Provider>;
}
