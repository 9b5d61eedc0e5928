// The app's commands, in one list. `main.rs` registers them with Tauri, `build.rs`
// declares them to Tauri's permission system, writes the capability that grants exactly
// these, and writes their names for the UI (`ui/src/bindings/Command.ts`), so a command
// added here is everywhere and a command missing here is nowhere.
//
// The macro hands the list to another macro, given by its path.

macro_rules! app_commands {
    ($($m:ident)::+) => {
        $($m)::+![
            workspace_state,
            new_workspace,
            open_workspace,
            open_recent,
            try_sample,
            close_workspace,
            add_plan,
            save_copy,
            backup_workspace,
            restore_workspace,
            write_statements,
            overview,
            workspace_changed,
            seller_detail,
            document,
            deals,
            explain,
            explain_figure,
            save_deal,
            set_stage,
            delete_deal,
            undo,
            redo,
            history,
            simulate,
            save_scenario,
            scenarios,
            delete_scenario,
            compare,
            comparison_chart,
            chart,
            export_charts,
            stage_import,
            import_guess,
            import_preview,
            import_commit,
            health,
            health_summary,
            fix_preview,
            apply_fixes,
            hold_finding,
            release_deal,
            team_review,
            forecast,
            team_forecast,
            export_review,
            plan_versions,
            plan_of_version,
            plan_preview,
            plan_preview_chart,
            optimise_levers,
            optimise,
            use_plan,
            save_plan,
            ask,
            ask_worded,
            stop_wording,
            model_status,
            use_model_file
        ]
    };
}
