// The File menu of the header: workspaces (new, open, close), copies and backups, and
// the PDF statements. Every file is chosen in a native dialog opened by the Rust side.
import { useState } from "preact/hooks";
import { api, errorText } from "../api";
import type { WorkspaceState } from "../bindings/WorkspaceState";

export function FileMenu(props: {
  seller: string | undefined;
  sellerName: string | undefined;
  onState: (s: WorkspaceState) => void;
  onMessage: (text: string, error?: boolean) => void;
  onChanged: (text: string) => void;
  onTour: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [confirmRestore, setConfirmRestore] = useState(false);
  const [busy, setBusy] = useState<string | undefined>();
  const run = <T,>(what: string, f: () => Promise<T>, done: (v: T) => void) => {
    setOpen(false);
    setConfirmRestore(false);
    setBusy(what);
    f()
      .then(done)
      .catch((e) => props.onMessage(errorText(e), true))
      .finally(() => setBusy(undefined));
  };
  const said = (m: string | null) => m && props.onMessage(m);
  return (
    <details class="file-menu" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary data-testid="file-menu" title="File: workspaces, copies, backups, statements">
        <span class="brand">Plansight</span> <span class="file-label">{busy ? `${busy}…` : "File"}</span>
      </summary>
      <div class="menu" role="menu">
        <button
          type="button"
          role="menuitem"
          onClick={() => run("Opening", api.newWorkspace, props.onState)}
          data-testid="menu-new"
        >
          New workspace…
        </button>
        <button
          type="button"
          role="menuitem"
          onClick={() => run("Opening", api.openWorkspace, props.onState)}
          data-testid="menu-open"
        >
          Open…
        </button>
        <button type="button" role="menuitem" onClick={() => run("Saving", api.saveCopy, said)} data-testid="menu-copy">
          Save a copy…
        </button>
        <button
          type="button"
          role="menuitem"
          onClick={() => run("Backing up", api.backupWorkspace, said)}
          data-testid="menu-backup"
        >
          Back up…
        </button>
        {confirmRestore ? (
          <button
            type="button"
            role="menuitem"
            class="danger"
            onClick={() => run("Restoring", api.restoreWorkspace, (m) => m && props.onChanged(m))}
            data-testid="menu-restore-confirm"
          >
            Replace this workspace's content: choose the backup…
          </button>
        ) : (
          <button type="button" role="menuitem" onClick={() => setConfirmRestore(true)} data-testid="menu-restore">
            Restore from a backup…
          </button>
        )}
        <hr />
        {props.seller && (
          <button
            type="button"
            role="menuitem"
            onClick={() => run("Writing", () => api.writeStatements(props.seller ?? null, null), said)}
            data-testid="menu-statement"
          >
            Payout statement of {props.sellerName} (PDF)…
          </button>
        )}
        <button
          type="button"
          role="menuitem"
          onClick={() => run("Writing", () => api.writeStatements(null, null), said)}
          data-testid="menu-statements"
        >
          All statements and the territory review (PDF)…
        </button>
        <hr />
        <button
          type="button"
          role="menuitem"
          onClick={() => {
            setOpen(false);
            props.onTour();
          }}
          data-testid="menu-tour"
        >
          Take the tour
        </button>
        <button
          type="button"
          role="menuitem"
          onClick={() => run("Closing", api.closeWorkspace, props.onState)}
          data-testid="menu-close"
        >
          Close workspace
        </button>
      </div>
    </details>
  );
}
