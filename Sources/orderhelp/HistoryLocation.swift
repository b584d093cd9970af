import Foundation

/// Where the chat history lives: `--history`, `$ORDERHELP_HISTORY`, `$XDG_STATE_HOME/orderhelp/history`,
/// then `~/.local/state/orderhelp/history`. A flag wins over its environment variable, as with `--intents`.
enum HistoryLocation {
    static func path(option: String?) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let option { return option }
        if let variable = environment["ORDERHELP_HISTORY"], !variable.isEmpty { return variable }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/orderhelp/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/orderhelp/history"
    }
}
