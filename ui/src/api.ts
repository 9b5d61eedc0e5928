// Typed calls to the Rust side. The types come from `bindings/`, generated from Rust
// (ts-rs for the data, src-tauri/build.rs for the command names): they are never written
// twice. Errors arrive as a `Failure` (kind, message, where, what to do).
import { Channel, type InvokeArgs, type InvokeOptions, invoke as tauriInvoke } from "@tauri-apps/api/core";
import type { Command } from "./bindings/Command";
import type { Failure } from "./bindings/Failure";
import type { AssistantAnswer } from "./bindings/AssistantAnswer";
import type { Comparison } from "./bindings/Comparison";
import type { DealForm } from "./bindings/DealForm";
import type { DraftCheck } from "./bindings/DraftCheck";
import type { PlanDraft } from "./bindings/PlanDraft";
import type { DealRow } from "./bindings/DealRow";
import type { DocumentView } from "./bindings/DocumentView";
import type { Explanation } from "./bindings/Explanation";
import type { FixPreview } from "./bindings/FixPreview";
import type { ForecastView } from "./bindings/ForecastView";
import type { HealthSummary } from "./bindings/HealthSummary";
import type { HealthView } from "./bindings/HealthView";
import type { HistoryEntry } from "./bindings/HistoryEntry";
import type { ImportGuess } from "./bindings/ImportGuess";
import type { ImportPreview } from "./bindings/ImportPreview";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { LeverOption } from "./bindings/LeverOption";
import type { ModelStatus } from "./bindings/ModelStatus";
import type { OptimiseForm } from "./bindings/OptimiseForm";
import type { OptimiseView } from "./bindings/OptimiseView";
import type { Overview } from "./bindings/Overview";
import type { PlanPreview } from "./bindings/PlanPreview";
import type { PlanVersionView } from "./bindings/PlanVersionView";
import type { PlanView } from "./bindings/PlanView";
import type { ScenarioView } from "./bindings/ScenarioView";
import type { SellerDetail } from "./bindings/SellerDetail";
import type { Simulation } from "./bindings/Simulation";
import type { SimulationView } from "./bindings/SimulationView";
import type { TeamForecastView } from "./bindings/TeamForecastView";
import type { TeamReview } from "./bindings/TeamReview";
import type { WorkspaceState } from "./bindings/WorkspaceState";

/** Calls a command of the Rust side; only commands it has are accepted by the compiler. */
const invoke = <T>(command: Command, args?: InvokeArgs, options?: InvokeOptions) =>
  tauriInvoke<T>(command, args, options);

/** The charts the Rust side draws (plotters) for a seller. */
export type ChartKind = "payouts" | "curve" | "credit" | "team";

export const api = {
  /** What is open (or why nothing is) and the recent workspaces; names the window. */
  workspaceState: () => invoke<WorkspaceState>("workspace_state"),
  /** A new workspace where the user chooses (a native dialog); it asks for a plan next. */
  newWorkspace: () => invoke<WorkspaceState>("new_workspace"),
  /** A workspace the user chooses (a native dialog). */
  openWorkspace: () => invoke<WorkspaceState>("open_workspace"),
  /** A workspace of the recent list. */
  openRecent: (path: string) => invoke<WorkspaceState>("open_recent", { path }),
  /** The sample workspace's own copy. */
  trySample: () => invoke<WorkspaceState>("try_sample"),
  closeWorkspace: () => invoke<WorkspaceState>("close_workspace"),
  /** Adds a plan (TOML text) with its document (text, or a PDF's bytes): the first plan, or a new version. */
  addPlan: (file: string, plan: string, document: string | null, documentPdf: number[] | null) =>
    invoke<string>("add_plan", { file, plan, document, documentPdf }),
  /** A plan to author from nothing (one commission measure, this calendar year). */
  draftStarter: () => invoke<PlanDraft>("draft_starter"),
  /** The plan's own checks of a draft, and the team's preview when there are deals. */
  checkDraft: (draft: PlanDraft) => invoke<DraftCheck>("check_draft", { draft }),
  /** Saves a draft as a plan version in effect from `effective` (empty: the plan's start). */
  saveDraft: (draft: PlanDraft, effective: string) => invoke<string>("save_draft", { draft, effective }),
  /** Each returns what was done, or null when the user cancelled the dialog. */
  saveCopy: () => invoke<string | null>("save_copy"),
  backupWorkspace: () => invoke<string | null>("backup_workspace"),
  restoreWorkspace: () => invoke<string | null>("restore_workspace"),
  /**
   * PDF statements: one seller's, or (seller null) all of them with the territory review
   * pack, or (`review`) the pack alone; the pack shows `scenario`'s changes.
   */
  writeStatements: (seller: string | null, scenario: string | null, review = false) =>
    invoke<string | null>("write_statements", { seller, scenario, review }),
  /**
   * The assistant's answer, composed from the engine's figures (read only). `context` is
   * the last answer's conversation (follow-ups read against it); `reading` a reading
   * chosen from an unclear question's choices.
   */
  ask: (seller: string, question: string, context: string | null, reading: string | null = null) =>
    invoke<AssistantAnswer>("ask", { seller, question, context, reading }),
  /** The same answer worded by the bundled model; `onPiece` sees its text as it comes. */
  askWorded: (
    seller: string,
    question: string,
    context: string | null,
    reading: string | null,
    onPiece: (piece: string) => void,
  ) => {
    const pieces = new Channel<string>();
    pieces.onmessage = onPiece;
    return invoke<AssistantAnswer>("ask_worded", { seller, question, context, reading, pieces });
  },
  /** Stops the model's wording in progress; the answer keeps the engine's own words. */
  stopWording: () => invoke<void>("stop_wording"),
  /** Which model words the answers, and whether it loads here (starts its worker). */
  modelStatus: () => invoke<ModelStatus>("model_status"),
  /** Word answers with the GGUF file at `path` (it must load first), or the bundled model with null. */
  useModelFile: (path: string | null) => invoke<ModelStatus>("use_model_file", { path }),
  overview: () => invoke<Overview>("overview"),
  sellerDetail: (id: string) => invoke<SellerDetail>("seller_detail", { id }),
  /** The plan document as sections of clauses, with the clause of each rule. */
  document: () => invoke<DocumentView | null>("document"),
  deals: (seller: string) => invoke<DealRow[]>("deals", { seller }),
  explain: (seller: string, deal: string) => invoke<Explanation>("explain", { seller, deal }),
  /** The items behind a figure: a measure's earnings in a quota period, or a payout (measure null). */
  explainFigure: (seller: string, measure: string | null, period: string) =>
    invoke<Explanation>("explain_figure", { seller, measure, period }),
  saveDeal: (original: string | null, form: DealForm) => invoke<string>("save_deal", { original, form }),
  setStage: (seller: string, deal: string, stage: "won" | "lost") =>
    invoke<string>("set_stage", { seller, deal, stage }),
  deleteDeal: (seller: string, deal: string) => invoke<string>("delete_deal", { seller, deal }),
  /** The data-health findings, by kind, with the money at stake (the engine's). */
  health: () => invoke<HealthView>("health"),
  /** The header's badge: the errors and the money at stake. */
  healthSummary: () => invoke<HealthSummary>("health_summary"),
  /** What a finding's fix (or holding its lines) would change, seller by seller. */
  fixPreview: (id: string) => invoke<FixPreview>("fix_preview", { id }),
  /** Applies these findings' fixes as one undoable change. */
  applyFixes: (ids: string[]) => invoke<string>("apply_fixes", { ids }),
  /** Holds a finding's lines: they credit nothing until released. */
  holdFinding: (id: string) => invoke<string>("hold_finding", { id }),
  releaseDeal: (seller: string, deal: string) => invoke<string>("release_deal", { seller, deal }),
  undo: () => invoke<string | null>("undo"),
  redo: () => invoke<string | null>("redo"),
  history: () => invoke<HistoryEntry[]>("history"),
  simulate: (simulation: Simulation) => invoke<SimulationView>("simulate", { simulation }),
  saveScenario: (name: string, notes: string, simulation: Simulation) =>
    invoke<string>("save_scenario", { name, notes, simulation }),
  scenarios: () => invoke<ScenarioView[]>("scenarios"),
  deleteScenario: (name: string) => invoke<string>("delete_scenario", { name }),
  compare: (seller: string, names: string[]) => invoke<Comparison>("compare", { seller, names }),
  /** SVG markup drawn by the Rust side (plotters) from the engine's figures. */
  comparisonChart: (seller: string, names: string[], dark: boolean) =>
    invoke<string>("comparison_chart", { seller, names, dark }),
  chart: (kind: ChartKind, seller: string, simulation: Simulation | null, dark: boolean) =>
    invoke<string>("chart", { kind, seller, simulation, dark }),
  /** Writes the seller's chart pack (PNG and SVG); returns the folder. */
  exportCharts: (seller: string) => invoke<string>("export_charts", { seller }),
  /** Sends the chosen export's bytes once, raw; preview and import then use them. */
  stageImport: (name: string, bytes: Uint8Array) =>
    invoke<number>("stage_import", bytes, { headers: { "x-file-name": encodeURIComponent(name) } }),
  importGuess: (kind: string) => invoke<ImportGuess>("import_guess", { kind }),
  importPreview: (request: ImportRequest) => invoke<ImportPreview>("import_preview", { request }),
  importCommit: (request: ImportRequest) => invoke<ImportPreview>("import_commit", { request }),
  /** Whether another process changed the workspace (it is then read again). */
  workspaceChanged: () => invoke<boolean>("workspace_changed"),
  teamReview: (scenario: string | null) => invoke<TeamReview>("team_review", { scenario }),
  /** The seller's forecast of the plan year (Monte Carlo on the exact rules) with coaching. */
  forecast: (seller: string, dark: boolean) => invoke<ForecastView>("forecast", { seller, dark }),
  /** The team's forecast cost and the sellers to coach. */
  teamForecast: () => invoke<TeamForecastView>("team_forecast"),
  /** Writes the review as CSV, XLSX and a chart pack; returns the folder. */
  exportReview: (scenario: string | null) => invoke<string>("export_review", { scenario }),
  planVersions: () => invoke<PlanVersionView[]>("plan_versions"),
  planOfVersion: (version: number) => invoke<PlanView>("plan_of_version", { version }),
  /** The team under `version`'s rules (the plan in effect when null) with the changes. */
  savePlan: (change: Simulation, version: number | null, effective: string) =>
    invoke<string>("save_plan", { change, version, effective }),
  planPreview: (simulation: Simulation, version: number | null) =>
    invoke<PlanPreview>("plan_preview", { simulation, version }),
  planPreviewChart: (simulation: Simulation, version: number | null, dark: boolean) =>
    invoke<string>("plan_preview_chart", { simulation, version, dark }),
  /** The levers the plan in effect offers to the optimiser. */
  optimiseLevers: () => invoke<LeverOption[]>("optimise_levers"),
  /** The optimiser's proposal for the form, with its winners-and-losers chart. */
  optimise: (form: OptimiseForm, dark: boolean) => invoke<OptimiseView>("optimise", { form, dark }),
  /** Saves a proposed plan (its plan.toml) as the next plan version; undo takes it back. */
  usePlan: (plan: string) => invoke<string>("use_plan", { plan }),
};

/** Whether `e` is a typed failure from the Rust side. */
export function isFailure(e: unknown): e is Failure {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

/** An error from the Rust side (a `Failure`) or from the page, in words: what happened, then what to do. */
export function errorText(e: unknown): string {
  if (isFailure(e)) return e.fix ? `${e.message} (${e.fix})` : e.message;
  return typeof e === "string" ? e : e instanceof Error ? e.message : JSON.stringify(e);
}

/** Whether the window prefers the dark theme (charts are drawn to match). */
export const prefersDark = () =>
  typeof window !== "undefined" && !!window.matchMedia?.("(prefers-color-scheme: dark)").matches;
